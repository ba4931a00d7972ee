import OrderedCollections

/// How the columns of a membership table (CSV or spreadsheet) map to consortia, institutions,
/// roles and kinds.
///
/// Every field is optional: `nil` means "not said", so that a preset, a mapping file and
/// command-line flags can be layered with ``overridden(by:)``, and what nobody said falls back to
/// the defaults (``defaultConsortiumColumns`` and the like). A column is named by its header,
/// matched without regard to case or surrounding space; a list names alternatives, the first one
/// present in the header is used (so one preset fits several versions of a file).
public struct ColumnMapping: Sendable, Equatable {
    /// The column whose value identifies the consortium (`consortium`, `컨소시엄`, `과제`).
    public var consortiumColumns: [String]?
    /// A column whose value labels the consortium instead of its id (e.g. `projectAcronym`).
    public var consortiumNameColumns: [String]?
    /// The column with the institution's name (`institution`, `기관`, `기관명`).
    public var institutionColumns: [String]?
    /// A column whose value identifies the institution: rows with the same id are one institution
    /// whatever their names.
    public var institutionIDColumns: [String]?
    /// The column with each membership's role (`role`, `역할`).
    public var roleColumns: [String]?
    /// Role values that mean the consortium's lead (compared without regard to case).
    public var leadRoles: [String]?
    /// Role values that mean an ordinary member; when given, any other value is an error.
    public var memberRoles: [String]?
    /// Role values whose rows are left out.
    public var skipRoles: [String]?
    /// The column with the institution's kind (`kind`, `유형`).
    public var kindColumns: [String]?
    /// Kind codes and the kind each stands for, e.g. `HES` → `university`.
    public var kindMap: OrderedDictionary<String, String>?
    /// The delimiter of a text table; sniffed from the header when `nil`. A workbook has none,
    /// so a mapping made for both forms of a source (a preset) may name one.
    public var delimiter: CSVDelimiter?
    /// The worksheet of a workbook; the first one when `nil`. Text tables have none.
    public var sheet: String?
    /// The dataset's title, instead of the file's name.
    public var title: String?

    public init(
        consortiumColumns: [String]? = nil, consortiumNameColumns: [String]? = nil,
        institutionColumns: [String]? = nil, institutionIDColumns: [String]? = nil,
        roleColumns: [String]? = nil, leadRoles: [String]? = nil, memberRoles: [String]? = nil,
        skipRoles: [String]? = nil, kindColumns: [String]? = nil,
        kindMap: OrderedDictionary<String, String>? = nil, delimiter: CSVDelimiter? = nil,
        sheet: String? = nil, title: String? = nil
    ) {
        self.consortiumColumns = consortiumColumns
        self.consortiumNameColumns = consortiumNameColumns
        self.institutionColumns = institutionColumns
        self.institutionIDColumns = institutionIDColumns
        self.roleColumns = roleColumns
        self.leadRoles = leadRoles
        self.memberRoles = memberRoles
        self.skipRoles = skipRoles
        self.kindColumns = kindColumns
        self.kindMap = kindMap
        self.delimiter = delimiter
        self.sheet = sheet
        self.title = title
    }

    /// The consortium column's names when none is given.
    public static let defaultConsortiumColumns = ["consortium", "컨소시엄", "과제"]
    /// The institution column's names when none is given.
    public static let defaultInstitutionColumns = ["institution", "기관", "기관명"]
    /// The role column's names when none is given.
    public static let defaultRoleColumns = ["role", "역할"]
    /// The kind column's names when none is given.
    public static let defaultKindColumns = ["kind", "유형"]
    /// The role values that mean a lead when none are given.
    public static let defaultLeadRoles = ["lead", "coordinator", "주관", "주관기관"]
    /// Role values that plainly mean a member; others are members too unless member roles are
    /// given, but draw a warning in case they were meant as something else.
    static let plainMemberRoles: Set<String> = ["member", "partner", "participant", "참여", "참여기관"]
    /// Kind names that mean one of the four styled kinds when no kind map says otherwise.
    static let defaultKindSynonyms: [String: InstitutionKind] = [
        "대학": .university, "대학교": .university, "university": .university,
        "기업": .company, "회사": .company, "company": .company,
        "연구기관": .researchInstitute, "연구소": .researchInstitute, "출연연": .researchInstitute,
        "research-institute": .researchInstitute, "research institute": .researchInstitute,
        "공공기관": .public, "public": .public,
    ]

    /// This mapping with every field that `other` sets replaced by `other`'s.
    public func overridden(by other: ColumnMapping) -> ColumnMapping {
        ColumnMapping(
            consortiumColumns: other.consortiumColumns ?? consortiumColumns,
            consortiumNameColumns: other.consortiumNameColumns ?? consortiumNameColumns,
            institutionColumns: other.institutionColumns ?? institutionColumns,
            institutionIDColumns: other.institutionIDColumns ?? institutionIDColumns,
            roleColumns: other.roleColumns ?? roleColumns,
            leadRoles: other.leadRoles ?? leadRoles,
            memberRoles: other.memberRoles ?? memberRoles,
            skipRoles: other.skipRoles ?? skipRoles,
            kindColumns: other.kindColumns ?? kindColumns,
            kindMap: other.kindMap ?? kindMap,
            delimiter: other.delimiter ?? delimiter,
            sheet: other.sheet ?? sheet,
            title: other.title ?? title)
    }

    /// Whether a header whose lowercased names are `keys` has every column this mapping names
    /// (one of each list of alternatives), so that the mapping can be suggested for it.
    func fits(_ keys: [String]) -> Bool {
        let lists = [consortiumColumns, institutionColumns, institutionIDColumns, roleColumns, kindColumns].compactMap { $0 }
        return !lists.isEmpty && lists.allSatisfy { alternatives in alternatives.contains { keys.contains($0.lowercased()) } }
    }

    /// Whether anything besides the title is set: such a mapping applies only to a table, not
    /// to a YAML dataset or a graph file.
    public var mapsColumns: Bool {
        var columnsOnly = self
        columnsOnly.title = nil
        return columnsOnly != ColumnMapping()
    }
}
