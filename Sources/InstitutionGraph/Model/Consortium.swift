import OrderedCollections

/// A team of institutions working together, led by at most one of them.
public struct Consortium: Identifiable, Hashable, Sendable {
    /// A stable slug such as `naver-cloud`.
    public var id: String
    /// The consortium's names.
    public var name: LocalizedName
    /// Its members in the order the source lists them, the lead first.
    public var members: [Membership]
    /// Free attributes such as the model it builds, its goal and the support it receives.
    public var attributes: OrderedDictionary<String, String>

    public init(
        id: String, name: LocalizedName, members: [Membership] = [],
        attributes: OrderedDictionary<String, String> = [:]
    ) {
        self.id = id
        self.name = name
        self.members = members
        self.attributes = attributes
    }

    /// The index of the lead institution in ``Dataset/institutions``, if the consortium has one.
    public var lead: Int? { members.first { $0.role == .lead }?.institution }

    /// The indices of every member institution, lead included.
    public var institutionIndices: [Int] { members.map(\.institution) }
}
