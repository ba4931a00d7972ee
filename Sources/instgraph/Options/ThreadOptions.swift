import ArgumentParser
import InstitutionGraph

/// `--threads`: how many threads the parallel work of a command uses (searches, sweeps over
/// consortia, Louvain's trials). Results never depend on it.
struct ThreadOptions: ParsableArguments {
    @Option(
        name: .customLong("threads"),
        help: ArgumentHelp("Threads for the parallel work (default: the number of cores); results do not depend on it.", valueName: "n"))
    var requested: Int?

    /// The threads asked for, else one per core.
    var threads: Int { requested ?? CentralityOptions.defaultThreadCount }

    func validate() throws {
        if let requested, requested < 1 { throw ValidationError("--threads must be 1 or more.") }
    }
}
