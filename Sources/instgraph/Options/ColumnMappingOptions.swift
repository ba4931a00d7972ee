import ArgumentParser
import BundledDatasets
import Foundation
import InstitutionGraph
import OrderedCollections

/// How a membership table's columns map to consortia, institutions, roles and kinds: a preset,
/// a mapping file and flags, layered in that order (a flag wins over the file, the file over the
/// preset).
struct ColumnMappingOptions: ParsableArguments {
    @Option(help: ArgumentHelp("A compiled-in mapping for a known source: \(BundledDatasets.presetNames.joined(separator: ", ")).", valueName: "name"))
    var preset: String?

    @Option(
        name: .customLong("columns"),
        help: ArgumentHelp(
            "A YAML mapping file with the keys of these flags (consortium-column: projectID, kind-map: {HES: university}, …).", valueName: "file.yaml"),
        completion: .file(extensions: ["yaml", "yml"]))
    var mappingFile: String?

    @Option(help: ArgumentHelp("The delimiter of a text table: ',', ';', tab or '|' (default: sniffed from the header; tab for .tsv).", valueName: "char"))
    var delimiter: String?

    @Option(help: ArgumentHelp("The worksheet of an .xlsx workbook (default: the first).", valueName: "name"))
    var sheet: String?

    @Option(help: ArgumentHelp("The column that identifies the consortium (default: consortium, 컨소시엄 or 과제).", valueName: "name"))
    var consortiumColumn: String?

    @Option(help: ArgumentHelp("A column that labels the consortium instead of its id, e.g. projectAcronym.", valueName: "name"))
    var consortiumNameColumn: String?

    @Option(help: ArgumentHelp("The column with the institution's name (default: institution, 기관 or 기관명).", valueName: "name"))
    var institutionColumn: String?

    @Option(
        help: ArgumentHelp(
            "A column that identifies the institution (e.g. a PIC): rows with one id are one institution, its names become aliases.", valueName: "name"))
    var institutionIDColumn: String?

    @Option(help: ArgumentHelp("The column with each membership's role (default: role or 역할).", valueName: "name"))
    var roleColumn: String?

    @Option(help: ArgumentHelp("A role value that means the lead; repeat for several (default: lead, coordinator, 주관, 주관기관).", valueName: "value"))
    var leadRole: [String] = []

    @Option(
        help: ArgumentHelp(
            "A role value that means a member; repeat for several. When given, any other value is an error (default: every other value is a member).",
            valueName: "value"))
    var memberRole: [String] = []

    @Option(help: ArgumentHelp("A role value whose rows are left out, e.g. thirdParty; repeat for several.", valueName: "value"))
    var skipRole: [String] = []

    @Option(help: ArgumentHelp("The column with the institution's kind (default: kind or 유형).", valueName: "name"))
    var kindColumn: String?

    @Option(help: ArgumentHelp("A kind code and the kind it stands for, e.g. HES=university; repeat for several.", valueName: "code=kind"))
    var kindMap: [String] = []

    func validate() throws {
        if let preset, !BundledDatasets.presetNames.contains(preset.lowercased()) {
            let hint = Suggestions.closest(to: preset, among: BundledDatasets.presetNames).map { " Did you mean '\($0)'?" } ?? ""
            throw ValidationError("no preset named '\(preset)'.\(hint) Presets: \(BundledDatasets.presetNames.joined(separator: ", ")).")
        }
        if let delimiter, CSVDelimiter(argument: delimiter) == nil {
            throw ValidationError("--delimiter must be ',', ';', tab or '|', not '\(delimiter)'.")
        }
        for pair in kindMap where !pair.contains("=") || pair.hasPrefix("=") || pair.hasSuffix("=") {
            throw ValidationError("--kind-map takes CODE=KIND, such as HES=university; '\(pair)' has no '=' between a code and a kind.")
        }
    }

    /// The preset, then the mapping file, then the flags.
    ///
    /// - Throws: ``DatasetLoadError`` for an unknown preset or a bad mapping file.
    func resolved() throws -> ColumnMapping {
        var mapping = try preset.map { try BundledDatasets.preset($0).mapping } ?? ColumnMapping()
        if let mappingFile {
            InputFiles.record(mappingFile)
            mapping = mapping.overridden(by: try ColumnMappingFile(contentsOf: URL(fileURLWithPath: mappingFile), displayPath: mappingFile).mapping)
        }
        let nonEmpty = { (values: [String]) in values.isEmpty ? nil : values }
        let kinds =
            kindMap.isEmpty
            ? nil
            : OrderedDictionary(
                kindMap.map { pair in
                    let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).trimmingCharacters(in: .whitespaces) }
                    return (parts[0], parts[1])
                }, uniquingKeysWith: { _, last in last })
        return mapping.overridden(
            by: ColumnMapping(
                consortiumColumns: consortiumColumn.map { [$0] }, consortiumNameColumns: consortiumNameColumn.map { [$0] },
                institutionColumns: institutionColumn.map { [$0] }, institutionIDColumns: institutionIDColumn.map { [$0] },
                roleColumns: roleColumn.map { [$0] }, leadRoles: nonEmpty(leadRole), memberRoles: nonEmpty(memberRole),
                skipRoles: nonEmpty(skipRole), kindColumns: kindColumn.map { [$0] }, kindMap: kinds,
                delimiter: delimiter.flatMap(CSVDelimiter.init(argument:)), sheet: sheet))
    }
}
