/// A failure the user can act on, printed as `instgraph: error: …` with exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}
