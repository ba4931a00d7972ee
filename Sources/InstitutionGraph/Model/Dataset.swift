/// Where a dataset's facts come from.
public struct DatasetSource: Hashable, Sendable {
    /// The title of the article, announcement or registry, in one language or two.
    public var title: LocalizedName?
    /// Who published it, in one language or two.
    public var publisher: LocalizedName?
    /// Its web address.
    public var url: String?
    /// When it was published (ISO 8601).
    public var date: String?

    public init(title: LocalizedName? = nil, publisher: LocalizedName? = nil, url: String? = nil, date: String? = nil) {
        self.title = title
        self.publisher = publisher
        self.url = url
        self.date = date
    }

    /// A one-line citation such as `Title. Publisher. 2025-08-04. https://…`, with the title and
    /// publisher in `language` when they are given in it.
    public func citation(in language: Language) -> String {
        let parts = [title?.preferred(language), publisher?.preferred(language), date, url].compactMap { $0 }
        return parts.enumerated().map { position, part in
            let last = position == parts.count - 1
            return last || part.last.map { ".?!".contains($0) } == true ? part : part + "."
        }.joined(separator: " ")
    }
}

/// Consortia and the institutions that take part in them.
///
/// Memberships refer to institutions by their index in ``institutions``; ids are unique across
/// institutions, groups and consortia separately.
public struct Dataset: Sendable {
    /// A human title such as "K-AI foundation model consortia (2025)".
    public var title: LocalizedName
    /// Where the facts come from, if recorded.
    public var source: DatasetSource?
    /// The date the facts describe (ISO 8601), if recorded.
    public var asOf: String?
    /// Every institution, in the order they were declared or first met.
    public var institutions: [Institution]
    /// Groups that institutions may name as their parent.
    public var groups: [InstitutionGroup]
    /// Every consortium, in the order they were declared or first met.
    public var consortia: [Consortium]

    public init(
        title: LocalizedName, source: DatasetSource? = nil, asOf: String? = nil,
        institutions: [Institution], groups: [InstitutionGroup] = [], consortia: [Consortium]
    ) {
        self.title = title
        self.source = source
        self.asOf = asOf
        self.institutions = institutions
        self.groups = groups
        self.consortia = consortia
    }

    /// The number of memberships, leads included.
    public var membershipCount: Int { consortia.reduce(0) { $0 + $1.members.count } }

    /// For each institution, the indices of the consortia it belongs to, in consortium order.
    ///
    /// - Complexity: O(memberships)
    public func consortiaByInstitution() -> [[Int]] {
        var result = Array(repeating: [Int](), count: institutions.count)
        for (consortiumIndex, consortium) in consortia.enumerated() {
            for member in consortium.members where result[member.institution].last != consortiumIndex {
                result[member.institution].append(consortiumIndex)
            }
        }
        return result
    }
}

extension Dataset: Equatable {}
