import OrderedCollections

/// A university, company, research institute or public body that takes part in consortia.
public struct Institution: Identifiable, Hashable, Sendable {
    /// A stable slug such as `kaist`.
    public var id: String
    /// The institution's names.
    public var name: LocalizedName
    /// What sort of organisation it is, if known.
    public var kind: InstitutionKind?
    /// Other names it is known by (abbreviations, legal names, names in announcements).
    public var aliases: [String]
    /// The id of the institution or group it belongs to, if any.
    public var parent: String?
    /// Its web address, if recorded.
    public var url: String?
    /// Free notes.
    public var notes: String?
    /// Facts from the source that are the same in every row of this institution, such as
    /// `country` in a CORDIS file, in the order the source lists them.
    public var attributes: OrderedDictionary<String, String>

    public init(
        id: String, name: LocalizedName, kind: InstitutionKind? = nil, aliases: [String] = [],
        parent: String? = nil, url: String? = nil, notes: String? = nil,
        attributes: OrderedDictionary<String, String> = [:]
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.parent = parent
        self.url = url
        self.notes = notes
        self.attributes = attributes
    }

    /// Every name this institution can be referred to by: its names, its aliases and its id.
    public var allNames: [String] { name.all + aliases + [id] }
}
