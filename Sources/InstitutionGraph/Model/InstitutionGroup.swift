/// A group of institutions that does not itself take part in consortia, such as the LG group or NCSOFT.
///
/// Institutions name a group (or another institution) as their `parent`.
public struct InstitutionGroup: Identifiable, Hashable, Sendable {
    /// A stable slug such as `lg-group`.
    public var id: String
    /// The group's names.
    public var name: LocalizedName
    /// Other names the group is known by.
    public var aliases: [String]

    public init(id: String, name: LocalizedName, aliases: [String] = []) {
        self.id = id
        self.name = name
        self.aliases = aliases
    }
}
