#pragma once

namespace mixscope {

/// Lowers the calling thread's scheduling priority for background work
/// (analysis), so that the audio output, the playback decoder and the GUI
/// win the CPU when it is contended, while the work still gets every core
/// that is otherwise idle. Unprivileged and one-way: Linux raises the
/// thread's nice value to 10 (never lowers it), macOS selects the utility
/// QoS class, Windows the below-normal priority. Safe to call repeatedly
/// from pool threads.
void lowerCurrentThreadPriority();

/// Asks for real-time scheduling for the calling thread (round-robin at a
/// low real-time priority on Linux and macOS, time-critical on Windows), for
/// the audio output thread, whose work per wake-up is short and bounded.
/// Granted to root, to users with an RLIMIT_RTPRIO (the "audio" group on
/// most distributions) and on Windows; otherwise false, and nothing changes.
bool raiseCurrentThreadToRealtime();

} // namespace mixscope
