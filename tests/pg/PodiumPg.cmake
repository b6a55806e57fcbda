# Tests on a real PostgreSQL server: a throwaway cluster (pg-cluster.sh) started by ctest as the
# fixture "podium_pg" before the first test that needs it and stopped after the last one, even
# when tests fail. Tests that need it get its URI in PODIUM_TEST_PG_URI. See docs/TESTING.md.
#
#   podium_test_needs_pg(TEST...)         marks add_test() tests as needing the server
#   podium_discover_catch_tests(TARGET LABEL SOURCE)
#       registers a Catch2 executable's test cases; those tagged [stores] a second time against
#       the server (prefix "NAME [server]: ", run with --store server), those tagged [server]
#       only against the server.
#
# -DPODIUM_PG=OFF registers no server test; PODIUM_PG=0 in ctest's environment skips them
# (the fixture and the tests exit 77, which ctest reports as skipped).

option(PODIUM_PG "Run the tests that need a PostgreSQL server (a throwaway cluster)" ON)

set(PODIUM_PG_STATE_DIR "${PROJECT_BINARY_DIR}/tests/pg-cluster")
# The socket's directory must be short (a socket path has 107 bytes) and reachable by the
# server's unprivileged user; one per build tree, so trees can run their tests side by side.
string(SHA1 _podium_pg_hash "${PROJECT_BINARY_DIR}")
string(SUBSTRING "${_podium_pg_hash}" 0 10 _podium_pg_hash)
set(PODIUM_PG_SOCKET_DIR "/tmp/podium-pg-${_podium_pg_hash}")
set(PODIUM_TEST_PG_URI "postgresql://podium_test@/podium?host=${PODIUM_PG_SOCKET_DIR}")
set(PODIUM_PG_SKIP_CODE 77)

if(PODIUM_PG)
  set(_podium_pg_script "${CMAKE_CURRENT_LIST_DIR}/pg-cluster.sh")
  add_test(NAME "podium_pg: start the test cluster"
    COMMAND ${_podium_pg_script} start ${PODIUM_PG_STATE_DIR} ${PODIUM_PG_SOCKET_DIR})
  set_tests_properties("podium_pg: start the test cluster" PROPERTIES
    FIXTURES_SETUP podium_pg SKIP_RETURN_CODE ${PODIUM_PG_SKIP_CODE} LABELS pg TIMEOUT 120)
  add_test(NAME "podium_pg: stop the test cluster"
    COMMAND ${_podium_pg_script} stop ${PODIUM_PG_STATE_DIR} ${PODIUM_PG_SOCKET_DIR})
  set_tests_properties("podium_pg: stop the test cluster" PROPERTIES
    FIXTURES_CLEANUP podium_pg SKIP_RETURN_CODE ${PODIUM_PG_SKIP_CODE} LABELS pg TIMEOUT 120)
else()
  message(STATUS "PODIUM_PG=OFF: the tests on a PostgreSQL server are not registered")
endif()

# The properties of a test that needs the server (one ENVIRONMENT entry only:
# catch_discover_tests flattens lists).
set(PODIUM_PG_TEST_PROPERTIES
  FIXTURES_REQUIRED podium_pg
  ENVIRONMENT "PODIUM_TEST_PG_URI=${PODIUM_TEST_PG_URI}"
  SKIP_RETURN_CODE ${PODIUM_PG_SKIP_CODE})

function(podium_test_needs_pg)
  if(NOT PODIUM_PG)
    return()
  endif()
  set_tests_properties(${ARGN} PROPERTIES ${PODIUM_PG_TEST_PROPERTIES})
endfunction()

function(podium_discover_catch_tests target label source)
  # The tags are read here, at configure time: a changed tag must configure again.
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${source})
  file(STRINGS ${source} _both REGEX "\\[stores\\]")
  file(STRINGS ${source} _server_only REGEX "\\[server\\]")
  file(STRINGS ${source} _cases REGEX "^TEST_CASE")
  list(LENGTH _cases _case_count)
  list(LENGTH _server_only _server_count)
  set(_file_spec)
  if(_server_only)
    set(_file_spec TEST_SPEC "~[server]")
  endif()
  # A file of server-only cases has nothing to run with files.
  if(NOT _server_only OR _case_count GREATER _server_count)
    catch_discover_tests(${target}
      TEST_PREFIX "${target}: " ${_file_spec}
      PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" LABELS ${label} TIMEOUT 600)
  endif()
  if(NOT PODIUM_PG OR NOT (_both OR _server_only))
    return()
  endif()
  set(_server_spec)
  if(_both)
    list(APPEND _server_spec "[stores]")
  endif()
  if(_server_only)
    list(APPEND _server_spec "[server]")
  endif()
  # Catch: "[stores],[server]" is "either tag".
  string(JOIN "," _server_spec ${_server_spec})
  catch_discover_tests(${target}
    TEST_PREFIX "${target} [server]: " TEST_SPEC "${_server_spec}"
    EXTRA_ARGS --store server TEST_LIST ${target}_SERVER_TESTS
    PROPERTIES ${PODIUM_PG_TEST_PROPERTIES} LABELS pg TIMEOUT 600)
endfunction()
