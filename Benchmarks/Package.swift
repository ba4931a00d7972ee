// swift-tools-version: 6.1
import PackageDescription

// Benchmarks of instgraph's core operations on generated affiliation networks, with
// ordo-one/benchmark. A package of its own so that the root package never depends on it:
// run `swift package benchmark` from this folder.
let package = Package(
    name: "instgraph-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "instgraph", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "InstitutionGraphBenchmarks",
            dependencies: [
                .product(name: "InstitutionGraph", package: "instgraph"),
                .product(name: "InstitutionReport", package: "instgraph"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/InstitutionGraphBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    ],
    swiftLanguageModes: [.v6]
)
