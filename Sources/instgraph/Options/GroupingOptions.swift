import ArgumentParser
import InstitutionGraph

/// `--by-group`: run a command on the dataset rolled up to parents and groups.
struct GroupingOptions: ParsableArguments {
    @Flag(name: .customLong("by-group"), help: "Roll institutions up to their parent or group (NAVER Cloud → NAVER, LG Uplus → LG Group) as the dataset records them.")
    var byGroup = false

    /// `dataset` itself, or rolled up to its groups with `--by-group`.
    func apply(_ dataset: Dataset) -> Dataset {
        byGroup ? dataset.rolledUpToGroups().dataset : dataset
    }
}
