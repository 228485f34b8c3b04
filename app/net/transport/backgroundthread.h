#pragma once

namespace flowlog {

// Lowers the calling thread's scheduling priority once (Linux: nice +5 for this thread only; elsewhere nothing).
// For the threads that serve the GUI thread in bulk (the sweep's network thread and the HTTP threads it starts,
// which inherit it; the parse pool): when the machine is short of CPU, the thread that paints and reads input
// runs first. On the 2-core bench machine the GUI thread's longest turns were mostly waiting for a CPU (a 10 ms
// paint had 1.4 ms of CPU), not working.
void makeThisThreadBackground();

} // namespace flowlog
