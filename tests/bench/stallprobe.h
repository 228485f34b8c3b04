#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <thread>

namespace flowlog::bench {

// The longest time the GUI thread's event loop took to turn: a helper thread posts an event to the GUI thread
// every millisecond, stamped with the time it was posted, and the longest wait until one is delivered is the stall.
// This is the path input takes (Qt's xcb thread queues each key press and mouse move for the GUI thread and wakes
// it), so it is the delay a user's key press would have seen. A repeating QTimer does not measure this on Linux:
// Qt's GLib dispatcher runs a timer that has fired at idle priority until the loop has nothing else to do
// (qeventdispatcher_glib.cpp, timerSourceDispatch sets runWithIdlePriority), so its lateness is the length of a busy
// period of many turns, which BusyProbe reports separately.
class StallProbe : public QObject
{
public:
    StallProbe();
    ~StallProbe() override;
    void start();
    // The longest stall in ms since start().
    qint64 stop();
    // Stalls over a frame (16 ms) since start().
    [[nodiscard]] int overAFrame() const { return m_over; }
    // When the longest stall ended, in ms since start().
    [[nodiscard]] qint64 longestAt() const { return m_longestAt; }
    // The longest stall that began afterMs or later after start() (a sweep's start-up apart from its course).
    [[nodiscard]] qint64 longestAfter() const { return m_longestAfter; }
    void setAfterMs(qint64 ms) { m_afterMs = ms; }

protected:
    bool event(QEvent *event) override;

private:
    void halt();

    QElapsedTimer m_total;
    std::thread m_poster;
    std::atomic<bool> m_running{false};
    qint64 m_longest = 0;
    qint64 m_longestAt = 0;
    qint64 m_lastLatency = 0;
    qint64 m_longestAfter = 0;
    qint64 m_afterMs = 0;
    int m_over = 0;
};

// The longest busy period: a precise 1 ms timer's late firings (see StallProbe for why that is not one turn).
class BusyProbe
{
public:
    BusyProbe();
    void start();
    qint64 stop();

private:
    void record(qint64 gap) { m_longest = std::max(m_longest, gap); }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

} // namespace flowlog::bench
