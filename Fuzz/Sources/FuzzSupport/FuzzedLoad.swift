@_spi(Testing) import InstitutionGraph

/// What every fuzz target checks of one input.
public enum FuzzedLoad {
    /// Loads `bytes` as `format`, looking for probable mistakes too. A load that succeeds must
    /// give a consistent dataset (every membership names an institution, ids are unique, a lead
    /// is listed first); one that fails must say where. Anything else stops the fuzzer.
    ///
    /// A table is loaded a second time by the full reader alone, which must give what the quick
    /// one (taken by a plain table, straight from its bytes) gives: the same dataset and
    /// warnings, or a failure too; and a third time by the quick one in three stretches scanned
    /// side by side, which must give the same again. Read for its graph alone (straight from a
    /// plain table, without the dataset), a table must give the graph, ids and kinds its dataset
    /// gives, or fail as the full reader does.
    public static func check(_ bytes: [UInt8], format: InputFormat) {
        let isTable = format == .csv || format == .tsv
        let full =
            isTable
            ? try? DatasetLoader.load(
                bytes: bytes, displayPath: "fuzz", format: format, mapping: ColumnMapping(), registry: nil, checksQuality: true,
                presets: { [] }, readsPlainTablesQuickly: false) : nil
        if isTable {
            let stretched = try? DatasetLoader.load(
                bytes: bytes, displayPath: "fuzz", format: format, mapping: ColumnMapping(), registry: nil, checksQuality: true,
                presets: { [] }, readsPlainTablesQuickly: true, plainTableChunks: 3)
            precondition(
                stretched?.dataset == full?.dataset && stretched?.warnings == full?.warnings,
                "the quick reader in three stretches differs from the full reader")
        }
        if isTable {
            let quiet = try? DatasetLoader.load(
                bytes: bytes, displayPath: "fuzz", format: format, mapping: ColumnMapping(), registry: nil, checksQuality: false,
                presets: { [] }, readsPlainTablesQuickly: false)
            switch try? DatasetLoader.loadGraph(bytes: bytes, displayPath: "fuzz", format: format, mapping: ColumnMapping(), presets: { [] }) {
            case .table(let table, let warnings):
                guard let data = quiet?.dataset else { preconditionFailure("the graph was read from a table the full reader refuses") }
                let graph = BipartiteGraph(data).graph
                precondition(
                    table.bipartite.graph.offsets == graph.offsets && table.bipartite.graph.targets == graph.targets
                        && table.institutionIDs == data.institutions.map(\.id) && table.consortiumIDs == data.consortia.map(\.id)
                        && table.institutionKinds == data.institutions.map(\.kind) && warnings == quiet?.warnings,
                    "the graph read alone differs from the dataset's")
            case .dataset(let loaded):
                precondition(loaded.dataset == quiet?.dataset && loaded.warnings == quiet?.warnings, "the dataset loaded for its graph differs")
            case nil:
                precondition(quiet == nil, "the full reader loaded a table that reading its graph refuses")
            }
        }
        do {
            let loaded = try DatasetLoader.load(bytes: bytes, displayPath: "fuzz", format: format, checksQuality: true)
            let data = loaded.dataset
            if isTable {
                precondition(full?.dataset == data && full?.warnings == loaded.warnings, "the quick reader's dataset or warnings differ from the full reader's")
            }
            let ids = data.institutions.map(\.id)
            precondition(Set(ids).count == ids.count, "institution ids repeat")
            for consortium in data.consortia {
                precondition(consortium.members.allSatisfy { data.institutions.indices.contains($0.institution) }, "a membership names no institution")
                if let lead = consortium.lead { precondition(consortium.members.first?.institution == lead, "the lead is not listed first") }
            }
        } catch let error as DatasetLoadError {
            precondition(full == nil, "the full reader loaded a table the quick reader refuses")
            precondition(!error.errors.isEmpty, "a failed load without an error")
            precondition(
                error.errors.allSatisfy { $0.location.file == "fuzz" && $0.message.count <= Diagnostic.longestMessage + 100 },
                "an error without its file, or too long")
        } catch {
            preconditionFailure("a load failed with \(error), not a located error")
        }
    }
}
