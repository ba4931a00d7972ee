/// What sort of organisation an institution is.
///
/// The four well-known kinds are styled in tables and diagrams; any other text is kept as given.
public struct InstitutionKind: RawRepresentable, Hashable, Sendable, Codable, Comparable {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    /// A university or its industry-cooperation foundation.
    public static let university = InstitutionKind(rawValue: "university")
    /// A private company.
    public static let company = InstitutionKind(rawValue: "company")
    /// A public or private research institute.
    public static let researchInstitute = InstitutionKind(rawValue: "research-institute")
    /// A public body or public-interest organisation.
    public static let `public` = InstitutionKind(rawValue: "public")

    /// Any other organisation, as programme files such as CORDIS's code it (`OTH`); recognised
    /// but not styled.
    public static let other = InstitutionKind(rawValue: "other")

    /// The kinds that tables and diagrams style, in display order.
    public static let wellKnown: [InstitutionKind] = [.university, .company, .researchInstitute, .public]

    /// Whether this is one of the four styled kinds.
    public var isWellKnown: Bool { Self.wellKnown.contains(self) }

    /// Whether this is a styled kind or `other`, so no warning asks whether it was mistyped.
    public var isRecognized: Bool { isWellKnown || self == .other }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        let order = { (kind: Self) in wellKnown.firstIndex(of: kind) ?? wellKnown.count }
        return (order(lhs), lhs.rawValue) < (order(rhs), rhs.rawValue)
    }

    /// The name of `kind` for readers, in `language`: `research institute` / `연구기관`; an unstyled
    /// kind keeps its own text, and a missing one reads `unspecified` / `미분류`.
    public static func displayName(of kind: InstitutionKind?, in language: Language) -> String {
        let korean = language == .korean
        guard let kind else { return korean ? "미분류" : "unspecified" }
        switch kind {
        case .university: return korean ? "대학" : "university"
        case .company: return korean ? "기업" : "company"
        case .researchInstitute: return korean ? "연구기관" : "research institute"
        case .public: return korean ? "공공기관" : "public body"
        case .other: return korean ? "기타" : "other"
        default: return kind.rawValue
        }
    }

    /// Orders optional kinds for display: well-known kinds first, then others by name, then `nil`.
    public static func displayOrder(_ lhs: InstitutionKind?, _ rhs: InstitutionKind?) -> Bool {
        switch (lhs, rhs) {
        case let (lhs?, rhs?): lhs < rhs
        case (_?, nil): true
        default: false
        }
    }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
