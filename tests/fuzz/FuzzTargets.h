#pragma once

#include <QByteArray>
#include <QString>

// What each libFuzzer target does with one input, shared by the fuzzers
// (tests/fuzz/*Fuzzer.cpp) and by FuzzRegressionTest, which replays every
// input a fuzzer once crashed on (tests/fuzz/regressions/<target>/).
// Each returns the outcome: empty when the input was accepted, else the
// message the user would see. A crash, leak or sanitizer report is the bug.
namespace fuzz {

// A frab schedule.xml through FrabXmlReader, then (when it reads) imported
// into a scratch event and rolled back.
QString scheduleXml(const QByteArray &bytes);
// A frab schedule.json through FrabJsonReader, then imported like the XML.
QString scheduleJson(const QByteArray &bytes);
// A CSV schedule (any encoding, delimiter, quoting) through ScheduleCsvReader,
// then imported like the XML.
QString scheduleCsv(const QByteArray &bytes);
// The bytes as a .podium file: EventFile::open, then every repository read
// and the schedule exported as XML.
QString eventFile(const QByteArray &bytes);

// A participants CSV (any encoding, delimiter, quoting) imported by
// ParticipantImporter into a scratch event, rolled back.
QString participantsCsv(const QByteArray &bytes);

// The target called by name ("schedule-xml", "schedule-json", "schedule-csv", "event-file", "participants-csv"),
// for the regression test; false when there is no such target.
bool run(const QString &target, const QByteArray &bytes, QString *outcome);

} // namespace fuzz
