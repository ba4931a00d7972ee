import Foundation
import OrderedCollections

/// A column mapping written down once for a recurring source: a small YAML file whose keys are the
/// command-line flags without their dashes (`institution-id-column: organisationID`). Presets such
/// as CORDIS's are files of this form compiled into the tool.
public struct ColumnMappingFile: Sendable {
    /// The keys a mapping file may hold.
    public static let keys = [
        "description", "title", "delimiter", "sheet",
        "consortium-column", "consortium-name-column", "institution-column", "institution-id-column",
        "role-column", "lead-role", "member-role", "skip-role", "kind-column", "kind-map",
    ]

    /// What the file is for, one line (shown by `--preset` listings).
    public var description: String?
    public var mapping: ColumnMapping

    /// Reads the mapping file at `url`.
    ///
    /// - Throws: ``DatasetLoadError`` with the line and column of a syntax error, an unknown key
    ///   (with "did you mean"), or a value of the wrong shape.
    public init(contentsOf url: URL, displayPath: String) throws {
        try self.init(InputText(contentsOf: url, displayPath: displayPath))
    }

    /// Reads a mapping file held in memory, such as a compiled-in preset.
    public init(bytes: [UInt8], displayPath: String) throws {
        try self.init(InputText(bytes: bytes, displayPath: displayPath))
    }

    init(_ text: InputText) throws {
        let fields = try YAMLValue(composing: text, whenEmpty: "the mapping file is empty; it holds lines such as 'institution-column: name'")
            .mapping("a column mapping", allowedKeys: Self.keys)
        func columns(_ key: String) throws -> [String]? { try fields.optional(key)?.strings("'\(key)'") }
        description = try fields.optionalString("description")
        mapping = ColumnMapping(
            consortiumColumns: try columns("consortium-column"),
            consortiumNameColumns: try columns("consortium-name-column"),
            institutionColumns: try columns("institution-column"),
            institutionIDColumns: try columns("institution-id-column"),
            roleColumns: try columns("role-column"),
            leadRoles: try columns("lead-role"),
            memberRoles: try columns("member-role"),
            skipRoles: try columns("skip-role"),
            kindColumns: try columns("kind-column"),
            kindMap: try fields.optional("kind-map").map(Self.kindMap),
            delimiter: try fields.optional("delimiter").map(Self.delimiter),
            sheet: try fields.optionalString("sheet"),
            title: try fields.optionalString("title"))
    }

    private static func kindMap(_ value: YAMLValue) throws -> OrderedDictionary<String, String> {
        try value.textMapping("'kind-map'", keys: "a kind code", example: "codes to kinds, such as 'HES: university'")
    }

    private static func delimiter(_ value: YAMLValue) throws -> CSVDelimiter {
        // A tab or a lone space would be trimmed away, so read the scalar as written.
        let text = value.node.scalar?.string ?? ""
        guard let delimiter = CSVDelimiter(argument: text) ?? CSVDelimiter(argument: text.trimmingCharacters(in: .whitespaces)) else {
            throw value.error("'delimiter' must be one of ',', ';', tab or '|', found \(value.shape)")
        }
        return delimiter
    }
}
