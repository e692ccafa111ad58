#pragma once

namespace mixscope {

/// What a file is in a comparison: the user's own mix, or a reference to compare it with.
enum class TrackRole { Mix, Reference };

} // namespace mixscope
