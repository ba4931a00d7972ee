import InstitutionGraph

/// What the export fuzz target checks of one input.
public enum FuzzedExport {
    /// Splits `bytes` at each 0 into a title, a consortium name and institution names (up to five),
    /// makes a dataset of one consortium from them, exports its two-mode graph in every format that
    /// instgraph reads back, and reads each: the ids and names must come back as written, but for the
    /// characters XML 1.0 cannot hold, which the XML formats write as U+FFFD (and refuse when two ids
    /// would be written alike). Anything else stops the fuzzer.
    public static func check(_ bytes: [UInt8]) {
        var texts: [String] = []
        for part in bytes.split(separator: 0, omittingEmptySubsequences: false).prefix(7) {
            let text = String(decoding: part, as: UTF8.self)
            if !texts.contains(text) { texts.append(text) }
        }
        guard texts.count >= 3, texts.allSatisfy({ !$0.isEmpty }) else { return }
        let people = texts.dropFirst(2).map { Institution(id: $0, name: LocalizedName(english: $0)) }
        let members = people.indices.map { Membership(institution: $0, role: $0 == 0 ? .lead : .member) }
        let team = Consortium(id: texts[1], name: LocalizedName(english: texts[1]), members: members)
        let dataset = Dataset(title: LocalizedName(english: texts[0]), institutions: people, consortia: [team])
        // Ids that differ only in characters XML 1.0 cannot hold would be written alike by GraphML
        // and GEXF, which must then refuse them.
        let xmlCollides = Set(texts.dropFirst(2).map(xmlText)).count < texts.count - 2
        let formats = [(GraphExportFormat.graphml, InputFormat.graphml), (.gexf, .gexf), (.json, .json)]
        for (format, input) in formats {
            let written: String
            do {
                written = try ExportedGraph(dataset, graph: .bipartite).written(as: format)
            } catch let error as XMLIndistinguishableNames where format != .json && xmlCollides {
                guard error.kind == .nodeIDs, xmlText(error.first) == xmlText(error.second), error.first != error.second else {
                    fatalError("\(format): refused with the wrong names: \(error)")
                }
                continue
            } catch {
                fatalError("\(format): the export failed: \(error)")
            }
            if format != .json && xmlCollides { fatalError("\(format): ids XML writes alike were not refused: \(texts)") }
            let read: Dataset
            do {
                read = try DatasetLoader.load(bytes: Array(written.utf8), displayPath: "fuzz", format: input).dataset
            } catch {
                fatalError("\(format): the export does not read back: \(error)\n\(written)")
            }
            let expected = format == .json ? texts : texts.map(xmlText)
            let institutions = Array(expected.dropFirst(2))
            guard read.institutions.map(\.id) == institutions, read.institutions.map({ $0.name.english }) == institutions,
                read.consortia.map(\.id) == [expected[1]]
            else {
                fatalError("\(format): \(read.consortia.map(\.id)) \(read.institutions.map { ($0.id, $0.name.english) }) read back, \(expected) written")
            }
        }
    }

    /// `text` as XML 1.0 can hold it: characters it forbids become U+FFFD.
    private static func xmlText(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    switch scalar.value {
                    case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: scalar
                    default: "\u{FFFD}"
                    }
                }))
    }
}
