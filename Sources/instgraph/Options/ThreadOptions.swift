import ArgumentParser
import InstitutionGraph

/// `--threads`: how many threads the parallel work of a command uses (searches, sweeps over
/// consortia, Louvain's trials). Results never depend on it.
struct ThreadOptions: ParsableArguments {
    @Option(help: "Threads for the parallel work (the default is the number of cores); results do not depend on it.")
    var threads: Int = CentralityOptions.defaultThreadCount

    func validate() throws {
        if threads < 1 { throw ValidationError("--threads must be 1 or more.") }
    }
}
