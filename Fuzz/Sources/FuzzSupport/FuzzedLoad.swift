import InstitutionGraph

/// What every fuzz target checks of one input.
public enum FuzzedLoad {
    /// Loads `bytes` as `format`, looking for probable mistakes too. A load that succeeds must
    /// give a consistent dataset (every membership names an institution, ids are unique, a lead
    /// is listed first); one that fails must say where. Anything else stops the fuzzer.
    ///
    /// A table is loaded a second time without looking for probable mistakes, which sends a plain
    /// one the quick way (straight from its bytes): that must give the same dataset, or fail too.
    public static func check(_ bytes: [UInt8], format: InputFormat) {
        let quick = format == .csv || format == .tsv ? try? DatasetLoader.load(bytes: bytes, displayPath: "fuzz", format: format, checksQuality: false) : nil
        do {
            let data = try DatasetLoader.load(bytes: bytes, displayPath: "fuzz", format: format, checksQuality: true).dataset
            if format == .csv || format == .tsv { precondition(quick?.dataset == data, "the quick reader's dataset differs from the full reader's") }
            let ids = data.institutions.map(\.id)
            precondition(Set(ids).count == ids.count, "institution ids repeat")
            for consortium in data.consortia {
                precondition(consortium.members.allSatisfy { data.institutions.indices.contains($0.institution) }, "a membership names no institution")
                if let lead = consortium.lead { precondition(consortium.members.first?.institution == lead, "the lead is not listed first") }
            }
        } catch let error as DatasetLoadError {
            precondition(quick == nil, "the quick reader loaded a table the full reader refuses")
            precondition(!error.errors.isEmpty, "a failed load without an error")
            precondition(
                error.errors.allSatisfy { $0.location.file == "fuzz" && $0.message.count <= Diagnostic.longestMessage + 100 },
                "an error without its file, or too long")
        } catch {
            preconditionFailure("a load failed with \(error), not a located error")
        }
    }
}
