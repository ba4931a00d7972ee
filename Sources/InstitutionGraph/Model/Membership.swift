/// The part an institution plays in a consortium.
public enum MembershipRole: String, Sendable, Codable, CaseIterable {
    /// The organisation that leads the consortium (주관기관).
    case lead
    /// A partner (참여기관).
    case member
}

/// One institution's place in one consortium.
public struct Membership: Hashable, Sendable {
    /// The index of the institution in ``Dataset/institutions``.
    public var institution: Int
    /// Whether it leads the consortium.
    public var role: MembershipRole
    /// Extra columns of the row this membership came from, for CSV input.
    public var attributes: [String: String]

    public init(institution: Int, role: MembershipRole = .member, attributes: [String: String] = [:]) {
        self.institution = institution
        self.role = role
        self.attributes = attributes
    }
}
