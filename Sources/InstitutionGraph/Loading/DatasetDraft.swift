import OrderedCollections

/// A dataset as read from a file, before names are resolved to institutions.
///
/// Both readers (YAML/JSON and CSV) produce a draft; ``DatasetAssembler`` resolves every
/// reference in it the same way, so identity rules do not depend on the input format.
struct DatasetDraft {
    /// Text and where it was written, for anything that names something else.
    struct Reference {
        var text: String
        var location: SourceLocation
    }

    struct Institution {
        var id: String
        var name: LocalizedName
        var kind: InstitutionKind?
        var aliases: [String]
        var parent: Reference?
        var url: String?
        var notes: String?
        var attributes: OrderedDictionary<String, String> = [:]
        var location: SourceLocation
    }

    struct Group {
        var id: String
        var name: LocalizedName
        var aliases: [String]
        var location: SourceLocation
    }

    struct Member {
        var reference: Reference
        var role: MembershipRole
        /// The kind a CSV row gives for this institution, if any.
        var kind: InstitutionKind?
        var attributes: [String: String]
    }

    struct Consortium {
        var id: String
        var name: LocalizedName
        var members: [Member]
        var attributes: OrderedDictionary<String, String>
        var location: SourceLocation
    }

    var title: LocalizedName?
    var source: DatasetSource?
    var asOf: String?
    var institutions: [Institution] = []
    var groups: [Group] = []
    var consortia: [Consortium] = []
    /// With a registry, the table's other columns, in order: rows name institutions through names
    /// and aliases, so only once they are resolved can it be told which columns have one value per
    /// institution and become its attributes.
    var liftableAttributes: [String] = []
    /// Whether members name institutions by their exact id (a table without a registry, whose
    /// reader declared every institution) rather than by names and aliases.
    var membersNameInstitutionIDs = false
    /// Where the dataset as a whole came from, for diagnostics that have no better place.
    var location: SourceLocation
    /// Problems the reader found and skipped past, reported with the assembler's own.
    var diagnostics: [Diagnostic] = []
}
