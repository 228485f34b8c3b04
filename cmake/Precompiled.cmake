# Precompiled headers: most of a translation unit's compile time here is parsing Qt's headers (QTest above all:
# -ftime-report puts parsing at 83% of tst_cli_profile.cpp's front end). Precompiling the headers most files include
# cut the CPU time of a test file by ~37% and of a library file by 12-38% (measured per file, see the session note),
# which matters on CI's two cores where three builds of everything run cold.
#
# Off by default where a compiler launcher (ccache) is set: a rebuilt .gch changes the hash of every file that uses
# it, so PCH would turn ccache's hits into misses in each new build directory. CI has no ccache and gets PCH.
if(CMAKE_CXX_COMPILER_LAUNCHER OR FLOWLOG_FUZZ)
    set(_flowlog_pch_default OFF)
else()
    set(_flowlog_pch_default ON)
endif()
option(FLOWLOG_PCH "Precompile the common Qt and standard headers" ${_flowlog_pch_default})

# The QtCore and standard headers included by most files of every library.
set(FLOWLOG_PCH_CORE
    <QByteArray> <QDateTime> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject> <QList> <QObject> <QPointer>
    <QSet> <QString> <QStringList> <QTimer> <QUrl> <QVariant> <functional> <memory> <optional> <vector>)
set(FLOWLOG_PCH_NETWORK <QNetworkAccessManager> <QNetworkReply> <QNetworkRequest>)
set(FLOWLOG_PCH_WIDGETS
    <QAction> <QComboBox> <QDialog> <QDialogButtonBox> <QHeaderView> <QLabel> <QLineEdit> <QMenu> <QPushButton>
    <QVBoxLayout> <QWidget>)
set(FLOWLOG_PCH_TEST <QProcess> <QSignalSpy> <QTemporaryDir> <QTest>)

# flowlog_precompile(TARGET [NETWORK] [WIDGETS] [TEST]): TARGET precompiles the core set plus the named ones.
function(flowlog_precompile target)
    if(NOT FLOWLOG_PCH)
        return()
    endif()
    cmake_parse_arguments(P "NETWORK;WIDGETS;TEST" "" "" ${ARGN})
    set(headers ${FLOWLOG_PCH_CORE})
    if(P_NETWORK)
        list(APPEND headers ${FLOWLOG_PCH_NETWORK})
    endif()
    if(P_WIDGETS)
        list(APPEND headers ${FLOWLOG_PCH_WIDGETS})
    endif()
    if(P_TEST)
        list(APPEND headers ${FLOWLOG_PCH_NETWORK} ${FLOWLOG_PCH_TEST})
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()

# flowlog_precompile_test(TARGET KEY): the first test of a KEY precompiles the test set, the others reuse its .gch.
# A .gch is only valid with the same macros, and Qt's headers test QT_TESTCASE_BUILDDIR/SOURCEDIR (per directory)
# and QT_WIDGETS_LIB/QT_GUI_LIB (per linked module), so KEY must be the test's directory and its libraries: GCC
# silently parses the headers instead when a .gch does not fit, which costs time, not correctness.
function(flowlog_precompile_test target key)
    if(NOT FLOWLOG_PCH)
        return()
    endif()
    string(MD5 key "${key}")
    get_property(first GLOBAL PROPERTY FLOWLOG_PCH_TEST_${key})
    if(first)
        target_precompile_headers(${target} REUSE_FROM ${first})
    else()
        set_property(GLOBAL PROPERTY FLOWLOG_PCH_TEST_${key} ${target})
        flowlog_precompile(${target} TEST)
    endif()
endfunction()
