#pragma once

namespace mixscope {

/// How long-running core work reports progress and learns that it should stop.
/// Implementations must be callable from the worker thread that runs the work;
/// they should be cheap, as they are called once per decoded block.
class AnalysisObserver {
public:
    virtual ~AnalysisObserver() = default;

    /// Called once the file is open, with the length its container claims.
    virtual void expectedDuration(double seconds) { static_cast<void>(seconds); }

    /// fraction in [0, 1]; negative when the total length is unknown.
    virtual void progress(double fraction) = 0;

    /// true once the caller wants the work abandoned; the work then returns
    /// AnalysisErrorKind::Cancelled at its next block boundary.
    virtual bool isCancelled() const = 0;
};

} // namespace mixscope
