/// Reads a two-mode graph of consortia and institutions from GraphML, GEXF or NetworkX's
/// node-link JSON into a draft, which ``DatasetAssembler`` checks like any other input.
///
/// Files that `instgraph export --graph bipartite` writes read back as the dataset they came from;
/// files NetworkX writes for a bipartite graph (`write_graphml`, `write_gexf`, `node_link_data`)
/// read as consortia (`bipartite` 0) and institutions (`bipartite` 1) named by their labels or ids.
/// See ``GraphDocument/datasetDraft()`` for how nodes, edges and attributes are read.
enum GraphFileReader {
    /// Reads GraphML.
    static func readGraphML(_ text: InputText) throws -> DatasetDraft {
        try GraphMLReader.read(XMLTree(text), file: text.displayPath).datasetDraft()
    }

    /// Reads GEXF 1.1, 1.2 or 1.3.
    static func readGEXF(_ text: InputText) throws -> DatasetDraft {
        try GEXFReader.read(XMLTree(text), file: text.displayPath).datasetDraft()
    }

    /// Reads node-link JSON, or returns `nil` when `text` is not node-link JSON (an object with
    /// `nodes` and `edges` or `links`), such as a dataset in the YAML schema written as JSON.
    static func readNodeLinkJSON(_ text: InputText) throws -> DatasetDraft? {
        try NodeLinkJSONReader.read(text)?.datasetDraft()
    }
}
