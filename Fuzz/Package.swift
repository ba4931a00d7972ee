// swift-tools-version: 6.1
// libFuzzer targets for instgraph's readers, in a package of their own so that users of the
// library do not inherit them. Built and run by scripts/fuzz.sh with -sanitize=fuzzer,address.
import PackageDescription

/// One fuzz target: a file `Sources/<name>/<name>.swift` defining `LLVMFuzzerTestOneInput`
/// (SwiftPM builds it as a library when fuzzing; libFuzzer supplies `main`).
func fuzzTarget(_ name: String) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["FuzzSupport", "InstitutionGraph"],
        path: "Sources/\(name)"
    )
}

let package = Package(
    name: "instgraph-fuzz",
    platforms: [.macOS(.v15)],
    // The library's own sources (Sources/InstitutionGraph, Sources/NetworkDiagrams and the others
    // are links to them)
    // and dependencies: depending on the instgraph package would also build its dataset-embedding
    // tool, whose `main` clashes with libFuzzer's.
    dependencies: [
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .target(
            name: "InstitutionGraph",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "Collections", package: "swift-collections"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                "CLibXML2",
            ]
        ),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "FuzzSupport", dependencies: ["InstitutionGraph"]),
        .systemLibrary(name: "CGraphviz", pkgConfig: "libgvc", providers: [.apt(["libgraphviz-dev"])]),
        .target(name: "GraphvizRendering", dependencies: ["CGraphviz"]),
        .target(name: "NetworkDiagrams", dependencies: ["InstitutionGraph", "GraphvizRendering"]),
        .executableTarget(
            name: "FuzzDiagrams",
            dependencies: ["InstitutionGraph", "NetworkDiagrams", "GraphvizRendering", "CLibXML2"],
            path: "Sources/FuzzDiagrams"
        ),
    ] + ["FuzzCSV", "FuzzYAML", "FuzzJSON", "FuzzXLSX", "FuzzGraphML", "FuzzExports", "FuzzProjection"].map(fuzzTarget)
)
