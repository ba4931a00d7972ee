import Foundation

/// A dataset and the warnings found while loading it.
public struct LoadedDataset: Sendable {
    public var dataset: Dataset
    /// Problems that do not stop the dataset from being used (see ``DatasetLoadError`` for errors).
    public var warnings: [Diagnostic]
}

/// A dataset loaded for its two-mode graph (``DatasetLoader/loadGraph(contentsOf:displayPath:format:mapping:presets:)``).
public enum LoadedGraphInput: Sendable {
    /// A plain membership table, read straight into its graph, and its warnings.
    case table(MembershipGraph, warnings: [Diagnostic])
    /// Any other dataset, loaded whole.
    case dataset(LoadedDataset)
}

/// Reads datasets from YAML, JSON, a membership table (CSV, TSV, Excel) or a two-mode graph file
/// (GraphML, GEXF, node-link JSON), and resolves who is who.
public enum DatasetLoader {
    /// Loads the file at `url`.
    ///
    /// - Parameters:
    ///   - url: the file to read.
    ///   - displayPath: how diagnostics name the file (defaults to `url.path`).
    ///   - format: the input format; by default it follows the file's extension.
    ///   - mapping: for a membership table, which columns hold what (see ``ColumnMapping``).
    ///   - registry: for a membership table, a YAML file whose `institutions` (and `groups`) the
    ///     rows' names resolve against, through names and aliases, as members do in YAML.
    ///   - checksQuality: whether to look for probable mistakes that only warnings report
    ///     (near-duplicate names, missing languages, unused institutions, ids with several
    ///     names); turn it off when the warnings will not be shown, to load large files faster.
    ///   - presets: named mappings that an error about a table's missing columns suggests when
    ///     its header fits one (`--preset cordis`); asked for only then.
    /// - Throws: ``DatasetLoadError`` with every error found, each with its file, line and column.
    public static func load(
        contentsOf url: URL, displayPath: String? = nil, format: InputFormat? = nil,
        mapping: ColumnMapping = ColumnMapping(), registry: URL? = nil, checksQuality: Bool = true,
        presets: () -> [(name: String, mapping: ColumnMapping)] = { [] }
    ) throws -> LoadedDataset {
        let path = displayPath ?? url.path
        // Read first, so that a missing file or a folder is called that rather than an unknown format.
        let bytes = try InputText.read(url, displayPath: path)
        let format = try format ?? detectFormat(of: url, displayPath: path)
        // The bytes are handed over, so that a large table's are freed once they are read.
        return try load(
            bytes: bytes, displayPath: path, format: format, mapping: mapping, registry: registry,
            checksQuality: checksQuality, presets: presets, readsPlainTablesQuickly: true)
    }

    /// Loads the file at `url` for its two-mode graph alone: a plain CSV or TSV table (the kind
    /// the quick reader takes, see ``load(contentsOf:displayPath:format:mapping:registry:checksQuality:presets:)``)
    /// straight into a ``MembershipGraph``, with no ``Dataset`` of strings; any other file
    /// whole, as that method loads it without quality checks.
    ///
    /// Either way the graph, ids and warnings are those of the dataset `load` gives.
    ///
    /// - Throws: ``DatasetLoadError`` with every error found, each with its file, line and column.
    public static func loadGraph(
        contentsOf url: URL, displayPath: String? = nil, format: InputFormat? = nil, mapping: ColumnMapping = ColumnMapping(),
        presets: () -> [(name: String, mapping: ColumnMapping)] = { [] }
    ) throws -> LoadedGraphInput {
        try loadGraph(
            contentsOf: url, displayPath: displayPath, format: format, mapping: mapping, presets: presets, plainTableChunks: nil,
            windowBytes: PlainTableReader.windowBytes)
    }

    /// Loads the file at `url` for its two-mode graph, as the public `loadGraph(contentsOf:…)`
    /// does: a plain table in a regular file is read a window at a time, so that the file is
    /// never whole in memory.
    ///
    /// - Parameters:
    ///   - plainTableChunks: how many stretches of the table are read side by side (by default,
    ///     as the file's size and the cores suggest).
    ///   - windowBytes: how many bytes each stretch reads at a time; tests make it small.
    @_spi(Testing) public static func loadGraph(
        contentsOf url: URL, displayPath: String?, format: InputFormat?, mapping: ColumnMapping,
        presets: () -> [(name: String, mapping: ColumnMapping)], plainTableChunks: Int?, windowBytes: Int
    ) throws -> LoadedGraphInput {
        let path = displayPath ?? url.path
        if let tableFormat = format ?? InputFormat(pathExtension: url.pathExtension), tableFormat == .csv || tableFormat == .tsv,
            let file = TableFile(url, displayPath: path)
        {
            let (delimiter, origin) = plainDelimiter(format: tableFormat, mapping: mapping)
            if let (graph, warnings) = PlainTableReader.readGraph(
                file, delimiter: delimiter, origin: origin, mapping: mapping, chunks: plainTableChunks, windowBytes: windowBytes)
            {
                return .table(graph, warnings: warnings)
            }
            // Any table the quick reader leaves is read whole, with a line and column in every message.
            return .dataset(
                try load(
                    bytes: InputText.read(url, displayPath: path), displayPath: path, format: tableFormat, mapping: mapping, registry: nil,
                    checksQuality: false, presets: presets, readsPlainTablesQuickly: false))
        }
        let bytes = try InputText.read(url, displayPath: path)
        let format = try format ?? detectFormat(of: url, displayPath: path)
        return try loadGraph(bytes: bytes, displayPath: path, format: format, mapping: mapping, presets: presets)
    }

    /// Loads `bytes` for their two-mode graph, as the public `loadGraph(contentsOf:…)` does.
    ///
    /// - Parameter plainTableChunks: how many stretches the quick way scans side by side (by
    ///   default, as the table's size and the cores suggest); tests split small tables too.
    @_spi(Testing) public static func loadGraph(
        bytes: consuming [UInt8], displayPath: String, format: InputFormat, mapping: ColumnMapping,
        presets: () -> [(name: String, mapping: ColumnMapping)], plainTableChunks: Int? = nil
    ) throws -> LoadedGraphInput {
        var bytes = bytes
        if format == .csv || format == .tsv {
            let text = try InputText(bytes: consume bytes, displayPath: displayPath)
            let (delimiter, origin) = plainDelimiter(format: format, mapping: mapping)
            switch PlainTableReader.readGraph(text, delimiter: delimiter, origin: origin, mapping: mapping, chunks: plainTableChunks) {
            case .read(let graph, let warnings): return .table(graph, warnings: warnings)
            case .declined(let declined): bytes = declined.bytes
            }
        }
        return .dataset(
            try load(
                bytes: bytes, displayPath: displayPath, format: format, mapping: mapping, registry: nil, checksQuality: false,
                presets: presets, readsPlainTablesQuickly: false))
    }

    /// The delimiter a table is read with: the one given, or a tab for a .tsv file; `nil` to
    /// sniff it from the header. Then where it came from, as messages say it.
    private static func plainDelimiter(format: InputFormat, mapping: ColumnMapping) -> (CSVDelimiter?, String) {
        let byFormat: CSVDelimiter? = format == .tsv ? .tab : nil
        return (mapping.delimiter ?? byFormat, mapping.delimiter == nil ? "for a .tsv file" : "given")
    }

    /// Loads a dataset held in memory: one compiled into the tool, or read from standard input.
    ///
    /// - Parameters:
    ///   - bytes: the file's content.
    ///   - displayPath: how diagnostics name the input (a path, or `<stdin>`).
    ///   - format: the input format; when `nil` it is told from the content (a workbook, XML,
    ///     JSON, YAML keys, else a delimited table).
    ///   - mapping: for a membership table, which columns hold what (see ``ColumnMapping``).
    ///   - registry: for a membership table, a YAML file of institutions (and groups) the rows'
    ///     names resolve against, as in ``load(contentsOf:displayPath:format:mapping:registry:checksQuality:presets:)``.
    ///   - checksQuality: whether to look for probable mistakes that only warnings report.
    ///   - presets: named mappings that an error about a table's missing columns suggests when
    ///     its header fits one.
    /// - Throws: ``DatasetLoadError`` with every error found, each with its file, line and column.
    public static func load(
        bytes: [UInt8], displayPath: String, format: InputFormat?, mapping: ColumnMapping = ColumnMapping(),
        registry: URL? = nil, checksQuality: Bool = true, presets: () -> [(name: String, mapping: ColumnMapping)] = { [] }
    ) throws -> LoadedDataset {
        try load(
            bytes: bytes, displayPath: displayPath, format: format ?? InputFormat(sniffing: bytes, displayPath: displayPath),
            mapping: mapping, registry: registry, checksQuality: checksQuality, presets: presets, readsPlainTablesQuickly: true)
    }

    /// Loads a dataset from its bytes, as the public `load(bytes:…)` does.
    ///
    /// - Parameters:
    ///   - readsPlainTablesQuickly: whether a CSV or TSV that `PlainTableReader` can take goes
    ///     that way; tests and the fuzzer turn it off to compare both ways.
    ///   - plainTableChunks: how many stretches the quick way scans side by side (by default, as
    ///     the table's size and the cores suggest); tests and the fuzzer split small tables too.
    @_spi(Testing) public static func load(
        bytes: consuming [UInt8], displayPath: String, format: InputFormat, mapping: ColumnMapping, registry: URL?,
        checksQuality: Bool, presets: () -> [(name: String, mapping: ColumnMapping)], readsPlainTablesQuickly: Bool,
        plainTableChunks: Int? = nil
    ) throws -> LoadedDataset {
        let location = SourceLocation(file: displayPath)
        if !format.isTable, mapping.mapsColumns {
            throw DatasetLoadError(
                "column mapping options apply to a membership table (CSV, TSV or Excel); this dataset is read as \(format.rawValue), which names its own columns",
                at: location)
        }
        if !format.isTable, registry != nil {
            throw DatasetLoadError(
                "an institution registry pairs only with a membership table (CSV, TSV or Excel); YAML, JSON and graph files declare their institutions themselves",
                at: location)
        }
        let registryDraft = try registry.map { url in
            try YAMLDatasetReader.read(InputText(contentsOf: url, displayPath: url.path))
        }
        var draft: DatasetDraft
        switch format {
        case .yaml:
            draft = try YAMLDatasetReader.read(InputText(bytes: bytes, displayPath: displayPath))
        case .json:
            let text = try InputText(bytes: bytes, displayPath: displayPath)
            draft = try GraphFileReader.readNodeLinkJSON(text) ?? YAMLDatasetReader.read(text)
        case .graphml:
            draft = try GraphFileReader.readGraphML(InputText(bytes: bytes, displayPath: displayPath))
        case .gexf:
            draft = try GraphFileReader.readGEXF(InputText(bytes: bytes, displayPath: displayPath))
        case .csv, .tsv:
            var text = try InputText(bytes: consume bytes, displayPath: displayPath)
            let (delimiter, origin) = plainDelimiter(format: format, mapping: mapping)
            if readsPlainTablesQuickly, registry == nil {
                switch PlainTableReader.read(
                    consume text, delimiter: delimiter, origin: origin, mapping: mapping, checksQuality: checksQuality, chunks: plainTableChunks)
                {
                case .read(let dataset, let warnings): return LoadedDataset(dataset: dataset, warnings: warnings)
                case .declined(let declined): text = declined
                }
            }
            var records = CSVRecordReader(text, delimiter: delimiter, origin: origin)
            draft = try MembershipTableReader.read(
                &records, mapping: mapping, presets: presets, registry: registryDraft, checksQuality: checksQuality)
        case .xlsx:
            var records = SpreadsheetRecordReader(
                try XLSXSheet(bytes: bytes, displayPath: displayPath, sheet: mapping.sheet), displayPath: displayPath)
            draft = try MembershipTableReader.read(
                &records, mapping: mapping, presets: presets, registry: registryDraft, checksQuality: checksQuality)
        }
        if let title = mapping.title { draft.title = LocalizedName(guessingLanguageOf: title) }
        let (dataset, warnings) = try DatasetAssembler.assemble(draft, checksQuality: checksQuality)
        return LoadedDataset(dataset: dataset, warnings: warnings)
    }

    private static func detectFormat(of url: URL, displayPath: String) throws -> InputFormat {
        guard let format = InputFormat(pathExtension: url.pathExtension) else {
            let choices = InputFormat.allCases.map(\.rawValue).joined(separator: ", ")
            throw DatasetLoadError(
                "cannot tell the format from the extension '.\(url.pathExtension)'; name the file .yaml, .json, .csv, .tsv, .xlsx, .graphml or .gexf, or give --input-format (\(choices))",
                at: SourceLocation(file: displayPath))
        }
        return format
    }
}
