import ArgumentParser
import InstitutionGraph

/// `--by-group` and `--group-by ATTRIBUTE`: run a command on the dataset rolled up to parents and
/// groups, or to the values of an institution attribute.
struct GroupingOptions: ParsableArguments {
    @Flag(
        name: .customLong("by-group"),
        help: "Roll institutions up to their parent or group (NAVER Cloud → NAVER, LG Uplus → LG Group) as the dataset records them.")
    var byGroup = false

    @Option(
        name: .customLong("group-by"),
        help: ArgumentHelp(
            "Roll institutions up by an attribute, e.g. country: one node per value, and the consortium network between them.", valueName: "attribute"))
    var attribute: String?

    func validate() throws {
        if byGroup, attribute != nil {
            throw ValidationError("--by-group and --group-by roll institutions up in two different ways; give one of them.")
        }
    }

    /// Whether institutions are rolled up (to groups or by an attribute).
    var rollsUp: Bool { byGroup || attribute != nil }

    /// `dataset` itself, or rolled up to its groups or by an attribute; a roll-up by attribute is
    /// summed up on standard error, ties inside a node included.
    func apply(_ dataset: Dataset) throws -> Dataset {
        if byGroup { return dataset.rolledUpToGroups().dataset }
        guard let attribute else { return dataset }
        let rolled: GroupRollUp
        do {
            rolled = try dataset.rolledUp(byAttribute: attribute)
        } catch let error as AttributeRollUpError {
            throw CommandFailure("--group-by \(attribute): \(error.description)")
        }
        let ties = rolled.dataset.institutions.compactMap { $0.attributes[Dataset.internalTiesAttribute].flatMap(Int.init) }.reduce(0, +)
        StandardError.print(
            "instgraph: \(Plural.count(dataset.institutions.count, "institution")) rolled up by '\(attribute)' into \(rolled.dataset.institutions.count); \(Plural.count(ties, "tie")) between institutions with the same \(attribute) are inside the nodes (attribute \(Dataset.internalTiesAttribute) in exports)"
        )
        return rolled.dataset
    }
}
