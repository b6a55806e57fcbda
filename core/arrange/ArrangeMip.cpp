#include "arrange/ArrangeMip.h"

#include <CbcEventHandler.hpp>
#include <CbcModel.hpp>
#include <CbcSolver.hpp>
#include <CoinPackedMatrix.hpp>
#include <OsiClpSolverInterface.hpp>

#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <string>

using Kind = ArrangeConstraint::Kind;
using Placement = ArrangeProblem::Placement;

namespace {

// CbcMain keeps some state in statics: one solve at a time in the process.
std::mutex cbcMutex;

// Reports better timetables and stops CBC when the user cancels.
class ProgressHandler : public CbcEventHandler
{
public:
    explicit ProgressHandler(const ArrangeMip::Options &options) : m_options(options) {}
    CbcAction event(CbcEvent which) override
    {
        if ((which == solution || which == heuristicSolution) && m_options.improved && model_)
            m_options.improved(model_->getMinimizationObjValue());
        if (m_options.cancelled && m_options.cancelled())
            return stop;
        return noAction;
    }
    CbcEventHandler *clone() const override { return new ProgressHandler(*this); }

private:
    ArrangeMip::Options m_options;
};

// Rows "at most `limit` of these columns at once", one per time unit, as
// buckets of columns indexed by (row, absolute unit).
class UnitRows
{
public:
    UnitRows(size_t rows, qint64 units) : m_units(units), m_buckets(rows * size_t(units)) {}
    void add(int row, qint64 from, qint64 to, int column)
    {
        for (qint64 t = std::max<qint64>(from, 0); t < std::min(to, m_units); ++t)
            m_buckets[size_t(row * m_units + t)].push_back(column);
    }
    template <typename Emit>
    void addRows(Emit emitRow, const std::function<int(int row, qint64 unit)> &limit) const
    {
        for (size_t b = 0; b < m_buckets.size(); ++b) {
            const int row = int(b / size_t(m_units));
            const qint64 unit = qint64(b % size_t(m_units));
            const int max = limit(row, unit);
            if (int(m_buckets[b].size()) > max)
                emitRow(m_buckets[b], max);
        }
    }

private:
    qint64 m_units;
    std::vector<std::vector<int>> m_buckets;
};

} // namespace

ArrangeMip::ArrangeMip(const ArrangeProblem &problem, const ArrangeCandidates &candidates, const ArrangeOccupancy &fixed,
                       std::vector<int> scope, const Options &options)
    : m_problem(problem), m_candidates(candidates), m_fixed(fixed), m_scope(std::move(scope)), m_options(options)
{
    build();
}

ArrangeMip::~ArrangeMip() = default;

int ArrangeMip::columnCount() const
{
    return m_solver->getNumCols();
}

int ArrangeMip::rowCount() const
{
    return m_solver->getNumRows();
}

void ArrangeMip::build()
{
    const ArrangeRelaxation &relaxed = m_candidates.relaxation();
    auto on = [&](Kind kind, int index) { return !relaxed.isOff(kind, index); };
    const int scopeCount = int(m_scope.size());
    std::vector<int> scopeIndexOf(m_problem.sessions.size(), -1);
    for (int i = 0; i < scopeCount; ++i)
        scopeIndexOf[size_t(m_scope[size_t(i)])] = i;

    // Columns: candidate places that fit beside the fixed sessions.
    std::vector<double> cost;
    m_columnsOf.assign(size_t(scopeCount), {});
    for (int i = 0; i < scopeCount; ++i) {
        const int s = m_scope[size_t(i)];
        for (const ArrangeCandidate &c : m_candidates.of(s)) {
            if (m_options.window && !m_options.window(s, c.place))
                continue;
            if (!m_fixed.fits(s, c.place))
                continue;
            m_columnsOf[size_t(i)].push_back(int(m_columns.size()));
            m_columns.push_back({i, c.place});
            cost.push_back(c.cost);
        }
    }
    m_leftOffStart = int(m_columns.size());
    const int leftOffCount = m_options.mustPlace ? 0 : scopeCount;
    const int columnTotal = m_leftOffStart + leftOffCount;
    for (int i = 0; i < leftOffCount; ++i)
        cost.push_back(m_problem.weights.unplaced);

    std::vector<int> rowIndex, colIndex;
    std::vector<double> element, rowLower, rowUpper;
    auto addRow = [&](const std::vector<std::pair<int, double>> &entries, double lower, double upper) {
        const int row = int(rowLower.size());
        for (const auto &[column, value] : entries) {
            rowIndex.push_back(row);
            colIndex.push_back(column);
            element.push_back(value);
        }
        rowLower.push_back(lower);
        rowUpper.push_back(upper);
    };

    // Each session placed once, or left off.
    for (int i = 0; i < scopeCount; ++i) {
        std::vector<std::pair<int, double>> entries;
        for (int c : m_columnsOf[size_t(i)])
            entries.push_back({c, 1.0});
        if (!m_options.mustPlace)
            entries.push_back({m_leftOffStart + i, 1.0});
        addRow(entries, 1.0, 1.0);
    }

    const qint64 units = m_fixed.timeline();
    auto span = [&](int column, int extra) {
        const Column &col = m_columns[size_t(column)];
        const qint64 start = m_problem.absoluteStart(col.place.day, col.place.unit);
        const qint64 dayEnd = m_problem.absoluteStart(col.place.day, 0) + m_problem.dayStride();
        const int length = m_problem.sessions[size_t(m_scope[size_t(col.scopeIndex)])].units;
        return std::make_pair(start, std::min(start + length + extra, dayEnd));
    };
    auto emitAtMost = [&](const std::vector<int> &columns, int max) {
        std::vector<std::pair<int, double>> entries;
        for (int c : columns)
            entries.push_back({c, 1.0});
        addRow(entries, -COIN_DBL_MAX, std::max(0, max));
    };

    UnitRows rooms(m_problem.rooms.size(), units);
    UnitRows people(m_problem.people.size(), units);
    UnitRows aparts(m_problem.aparts.size(), units);
    UnitRows limits(m_problem.trackLimits.size(), units);
    for (int c = 0; c < m_leftOffStart; ++c) {
        const Column &col = m_columns[size_t(c)];
        const int s = m_scope[size_t(col.scopeIndex)];
        const auto [from, to] = span(c, 0);
        if (on(Kind::RoomBusy, col.place.room))
            rooms.add(col.place.room, from, to, c);
        for (int p : m_problem.sessions[size_t(s)].people)
            if (on(Kind::PersonBusy, p))
                people.add(p, from, span(c, m_fixed.gapOf(p)).second, c);
        for (int a : m_fixed.apartsOf(s))
            if (on(Kind::ApartKept, a))
                aparts.add(a, from, to, c);
        for (int l : m_fixed.limitsOf(s))
            if (on(Kind::TrackLimitKept, l))
                limits.add(l, from, to, c);
    }
    const auto once = [](int, qint64) { return 1; };
    rooms.addRows(emitAtMost, once);
    people.addRows(emitAtMost, once);
    aparts.addRows(emitAtMost, once);
    limits.addRows(emitAtMost, [&](int l, qint64 t) {
        return m_problem.trackLimits[size_t(l)].max - m_fixed.trackCount(l, t);
    });

    // Orders between two scope sessions: start(second) - end(first) >= -M (leftOff first + leftOff second).
    const double bigM = double(units + 1);
    for (size_t o = 0; o < m_problem.orders.size(); ++o) {
        const ArrangeProblem::Order &order = m_problem.orders[o];
        const int a = scopeIndexOf[size_t(order.first)];
        const int b = scopeIndexOf[size_t(order.second)];
        if (a < 0 || b < 0 || !on(Kind::OrderKept, int(o)))
            continue;
        std::vector<std::pair<int, double>> entries;
        for (int c : m_columnsOf[size_t(b)])
            entries.push_back({c, double(span(c, 0).first)});
        for (int c : m_columnsOf[size_t(a)])
            entries.push_back({c, -double(span(c, 0).second)});
        if (!m_options.mustPlace) {
            entries.push_back({m_leftOffStart + a, bigM});
            entries.push_back({m_leftOffStart + b, bigM});
        }
        addRow(entries, 0.0, COIN_DBL_MAX);
    }

    CoinPackedMatrix matrix(true, rowIndex.data(), colIndex.data(), element.data(), CoinBigIndex(element.size()));
    matrix.setDimensions(int(rowLower.size()), columnTotal);
    std::vector<double> columnLower(size_t(columnTotal), 0.0), columnUpper(size_t(columnTotal), 1.0);
    m_solver = std::make_unique<OsiClpSolverInterface>();
    m_solver->messageHandler()->setLogLevel(0);
    m_solver->loadProblem(matrix, columnLower.data(), columnUpper.data(), cost.data(), rowLower.data(),
                          rowUpper.data());
    m_solver->setIntParam(OsiNameDiscipline, 1);
    for (int c = 0; c < columnTotal; ++c) {
        m_solver->setInteger(c);
        m_solver->setColName(c, (c < m_leftOffStart ? "x" + std::to_string(c) : "off" + std::to_string(c - m_leftOffStart)));
    }
    for (int r = 0; r < int(rowLower.size()); ++r)
        m_solver->setRowName(r, "r" + std::to_string(r));
    m_solver->setObjName("timetable_cost");
}

void ArrangeMip::setStart(const std::vector<Placement> &start)
{
    m_start.assign(size_t(m_solver->getNumCols()), 0.0);
    for (int i = 0; i < int(m_scope.size()) && i < int(start.size()); ++i) {
        bool found = false;
        for (int c : m_columnsOf[size_t(i)]) {
            if (m_columns[size_t(c)].place == start[size_t(i)]) {
                m_start[size_t(c)] = 1.0;
                found = true;
                break;
            }
        }
        if (!found && !m_options.mustPlace)
            m_start[size_t(m_leftOffStart + i)] = 1.0;
    }
}

double ArrangeMip::objectiveOf(const std::vector<Placement> &placements) const
{
    double total = 0;
    for (int i = 0; i < int(m_scope.size()); ++i) {
        const Placement &p = placements[size_t(i)];
        total += p.isPlaced() ? m_candidates.cost(m_scope[size_t(i)], p) : m_problem.weights.unplaced;
    }
    return total;
}

ArrangeMip::Outcome ArrangeMip::solve()
{
    Outcome outcome;
    std::lock_guard<std::mutex> lock(cbcMutex);
    CbcModel model(*m_solver);
    CbcMain0(model);
    model.setLogLevel(0);
    if (!m_start.empty()) {
        std::vector<std::pair<std::string, double>> start;
        for (int c = 0; c < int(m_start.size()); ++c)
            start.push_back({m_solver->getColName(c), m_start[size_t(c)]});
        model.setMIPStart(start);
    }
    ProgressHandler handler(m_options);
    model.passInEventHandler(&handler);
    const std::string seconds = std::to_string(std::max(0.05, m_options.seconds));
    // CBC's own defaults, as the command `cbc` runs them; quiet, elapsed time, one thread (deterministic).
    const char *argv[] = {"podium", "-log", "0", "-timeMode", "elapsed", "-sec", seconds.c_str(), "-preprocess", "off", "-solve", "-quit"};
    CbcMain1(int(sizeof(argv) / sizeof(argv[0])), argv, model);

    outcome.stopped = model.isSecondsLimitReached() || (m_options.cancelled && m_options.cancelled());
    const double *solution = model.bestSolution();
    outcome.placements.assign(m_scope.size(), Placement{});
    if (!solution || model.isProvenInfeasible() || !satisfiesRows(solution))
        return outcome;
    outcome.feasible = true;
    outcome.optimal = model.isProvenOptimal() && !outcome.stopped;
    outcome.objective = model.getObjValue();
    outcome.bound = outcome.optimal ? outcome.objective : model.getBestPossibleObjValue();
    for (int c = 0; c < m_leftOffStart; ++c)
        if (solution[c] > 0.5)
            outcome.placements[size_t(m_columns[size_t(c)].scopeIndex)] = m_columns[size_t(c)].place;
    return outcome;
}

bool ArrangeMip::satisfiesRows(const double *solution) const
{
    // CBC's word checked once more: every row within its bounds, every variable 0 or 1.
    const int rows = m_solver->getNumRows();
    std::vector<double> activity(size_t(rows), 0.0);
    m_solver->getMatrixByCol()->times(solution, activity.data());
    const double tolerance = 1e-6;
    for (int r = 0; r < rows; ++r)
        if (activity[size_t(r)] < m_solver->getRowLower()[r] - tolerance
            || activity[size_t(r)] > m_solver->getRowUpper()[r] + tolerance)
            return false;
    for (int c = 0; c < m_solver->getNumCols(); ++c)
        if (std::abs(solution[c] - std::round(solution[c])) > tolerance)
            return false;
    return true;
}

Status ArrangeMip::writeLp(const QString &path) const
{
    // OsiSolverInterface adds the extension itself.
    const QFileInfo info(path);
    const QString base = info.path() + QLatin1Char('/') + info.completeBaseName();
    m_solver->writeLp(base.toLocal8Bit().constData(), info.suffix().toLocal8Bit().constData());
    if (!QFileInfo::exists(path))
        return Status::failure(QStringLiteral("Could not write %1.").arg(path));
    return {};
}
