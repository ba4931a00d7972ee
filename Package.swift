// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "instgraph",
    // macOS 15 for the Synchronization module's Mutex and Atomic (Linux has them with Swift 6).
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "InstitutionGraph", targets: ["InstitutionGraph"]),
        .library(name: "InstitutionReport", targets: ["InstitutionReport"]),
        // The diagrams, described and drawn through Graphviz's C libraries.
        .library(name: "NetworkDiagrams", targets: ["NetworkDiagrams", "GraphvizRendering"]),
        .executable(name: "instgraph", targets: ["instgraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // The analysis library: model, loading, identity resolution, graphs, measures, output.
        .target(
            name: "InstitutionGraph",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "Collections", package: "swift-collections"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                "CLibXML2",
            ]
        ),
        // libxml2, whose SAX2 parser reads GraphML, GEXF and the XML inside workbooks.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // The datasets under Graphs/, compiled into the tool by the EmbedDatasets plugin.
        .target(
            name: "BundledDatasets",
            dependencies: ["InstitutionGraph"],
            plugins: ["EmbedDatasets"]
        ),
        .executableTarget(name: "FileEmbedder"),
        .plugin(
            name: "EmbedDatasets",
            capability: .buildTool(),
            dependencies: ["FileEmbedder"]
        ),
        // The report's templates under Sources/InstitutionReport/Templates/, compiled in by the
        // same tool rather than shipped as resources, so the binary runs wherever it is copied.
        .plugin(
            name: "EmbedReportTemplates",
            capability: .buildTool(),
            dependencies: ["FileEmbedder"]
        ),
        // The three network diagrams of a dataset, as Graphviz graph descriptions.
        .target(name: "NetworkDiagrams", dependencies: ["InstitutionGraph", "GraphvizRendering"]),
        // The report: one self-contained HTML page (or Markdown) about a dataset.
        .target(
            name: "InstitutionReport",
            dependencies: [
                "InstitutionGraph", "NetworkDiagrams", "GraphvizRendering",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            plugins: ["EmbedReportTemplates"]
        ),
        // The command-line tool: parses arguments, calls the library, prints.
        .executableTarget(
            name: "instgraph",
            dependencies: [
                "InstitutionGraph",
                "BundledDatasets",
                "NetworkDiagrams",
                "GraphvizRendering",
                "InstitutionReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Collections", package: "swift-collections"),
            ]
        ),
        .testTarget(
            name: "InstitutionGraphTests",
            dependencies: [
                "InstitutionGraph",
                "BundledDatasets",
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "NetworkDiagramsTests",
            dependencies: ["NetworkDiagrams", "BundledDatasets", "GraphvizRendering", "InstitutionGraph"],
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "InstitutionReportTests",
            dependencies: ["InstitutionReport", "BundledDatasets", "InstitutionGraph"]
        ),
        .testTarget(
            name: "instgraphTests",
            dependencies: ["instgraph", "InstitutionGraph"]
        ),
        // Graphviz's C libraries (cgraph, gvc), seen through a small shim header.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // Lays out and renders plain graph descriptions with Graphviz; owns every unsafe call.
        .target(name: "GraphvizRendering", dependencies: ["CGraphviz"]),
        .testTarget(name: "GraphvizRenderingTests", dependencies: ["GraphvizRendering"]),
    ],
    swiftLanguageModes: [.v6]
)
