import Benchmark
import Foundation
import InstitutionGraph

/// instgraph's core operations on the medium affiliation network of the project's generator
/// (5,000 consortia, 8,000 institutions, ~30,000 memberships; see `BenchmarkData`), reading a
/// CORDIS-shaped file through the CORDIS preset (see `CORDISBenchmarkData`), what `validate` adds
/// to loading (the quality checks: probable duplicates, unused institutions, missing names) on the
/// large network and the CORDIS file (compare each "validate" benchmark with the "load" one of the
/// same file), the what-if of every consortium of the medium network, and the HTML report on the
/// medium and large networks (see `reportBenchmarks`).
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        timeUnits: .milliseconds, maxDuration: .seconds(10), maxIterations: 20)
    let slow = Benchmark.Configuration(maxDuration: .seconds(30), maxIterations: 3)

    Benchmark("load CSV") { benchmark in
        // As every command but validate and report loads: without looking for quality warnings,
        // so a plain table like this one goes the quick way, from its bytes straight to the dataset.
        for _ in benchmark.scaledIterations {
            blackHole(try DatasetLoader.load(contentsOf: BenchmarkData.shared.csv, checksQuality: false))
        }
    } setup: {
        _ = BenchmarkData.shared
    }

    Benchmark("load CSV with quality checks") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try DatasetLoader.load(contentsOf: BenchmarkData.shared.csv))
        }
    } setup: {
        _ = BenchmarkData.shared
    }

    Benchmark("load GraphML (medium network as exported, through libxml2)") { benchmark in
        let bytes = Array(try ExportedGraph(BenchmarkData.shared.dataset, graph: .bipartite).written(as: .graphml).utf8)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try DatasetLoader.load(bytes: bytes, displayPath: "medium.graphml", format: .graphml))
        }
    } setup: {
        _ = BenchmarkData.shared
    }

    Benchmark("load CORDIS table, preset mapping (50,000 rows)") { benchmark in
        // Sniffed delimiter, PIC identity with aliases, role and kind rules, attributes split
        // between institutions and memberships.
        for _ in benchmark.scaledIterations {
            blackHole(try DatasetLoader.load(contentsOf: CORDISBenchmarkData.shared.csv, mapping: CORDISBenchmarkData.shared.mapping, checksQuality: false))
        }
    } setup: {
        _ = CORDISBenchmarkData.shared
    }

    Benchmark("validate CORDIS table: load with quality checks (50,000 rows)") { benchmark in
        // What `instgraph validate --preset cordis` does before printing: near-duplicate names
        // among organisations that are often written several ways.
        for _ in benchmark.scaledIterations {
            blackHole(try DatasetLoader.load(contentsOf: CORDISBenchmarkData.shared.csv, mapping: CORDISBenchmarkData.shared.mapping, checksQuality: true))
        }
    } setup: {
        _ = CORDISBenchmarkData.shared
    }

    Benchmark("load large table (212,000 memberships)", configuration: slow) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try DatasetLoader.load(contentsOf: BenchmarkData.large.csv, checksQuality: false))
        }
    } setup: {
        _ = BenchmarkData.large
    }

    Benchmark("validate large table: load with quality checks (212,000 memberships)", configuration: slow) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try DatasetLoader.load(contentsOf: BenchmarkData.large.csv, checksQuality: true))
        }
    } setup: {
        _ = BenchmarkData.large
    }

    Benchmark("build two-mode graph") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(BipartiteGraph(BenchmarkData.shared.dataset))
        }
    } setup: {
        _ = BenchmarkData.shared
    }

    Benchmark("institutions projection") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(BenchmarkData.shared.bipartite.projection(onto: .institution))
        }
    } setup: {
        _ = BenchmarkData.shared
    }

    Benchmark("betweenness, two-mode, exact", configuration: slow) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try BenchmarkData.shared.bipartite.centrality([.betweenness], options: CentralityOptions(normalization: .bipartite)))
        }
    } setup: {
        _ = BenchmarkData.shared
    }

    Benchmark("betweenness, two-mode, approximate (epsilon 0.02)", configuration: slow) { benchmark in
        let options = CentralityOptions(
            normalization: .bipartite, betweennessApproximation: BetweennessApproximation(epsilon: 0.02, seed: 1))
        for _ in benchmark.scaledIterations {
            blackHole(try BenchmarkData.shared.bipartite.centrality([.betweenness], options: options))
        }
    } setup: {
        _ = BenchmarkData.shared
    }

    Benchmark("closeness, two-mode") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try BenchmarkData.shared.bipartite.centrality([.closeness], options: CentralityOptions(normalization: .bipartite)))
        }
    } setup: {
        _ = BenchmarkData.shared
    }

    Benchmark("closeness and harmonic, two-mode, approximate (epsilon 0.05)") { benchmark in
        // About 2,600 sampled sources in the largest component, against 13,000 for the exact scores.
        let options = CentralityOptions(
            normalization: .bipartite, closenessApproximation: ClosenessApproximation(epsilon: 0.05, seed: 1))
        for _ in benchmark.scaledIterations {
            blackHole(try BenchmarkData.shared.bipartite.centrality([.closeness, .harmonic], options: options))
        }
    } setup: {
        _ = BenchmarkData.shared
    }

    Benchmark("shared institutions, large") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(BenchmarkData.large.dataset.sharedInstitutions())
        }
    } setup: {
        _ = BenchmarkData.large
    }

    Benchmark("top 20 overlapping pairs by count, large") { benchmark in
        // Largest consortia first, pairs that cannot reach the weakest kept pair skipped.
        for _ in benchmark.scaledIterations {
            blackHole(BenchmarkData.large.dataset.overlappingPairs(top: 20, by: .count))
        }
    } setup: {
        _ = BenchmarkData.large
    }

    Benchmark("top 20 overlapping pairs by Jaccard, large (every pair counted)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(BenchmarkData.large.dataset.overlappingPairs(top: 20, by: .jaccard))
        }
    } setup: {
        _ = BenchmarkData.large
    }

    Benchmark("PageRank, weighted institutions projection") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try BenchmarkData.shared.projection.centrality([.pageRank]))
        }
    } setup: {
        _ = BenchmarkData.shared
    }

    Benchmark("what-if: each of 5,000 consortia dropped in turn (efficiency estimated)", configuration: slow) { benchmark in
        // As `whatif --each` as a table: each drop worked out from the sampled institutions'
        // distances, the overlaps it loses counted rather than listed.
        let analysis = try ConsortiumDropAnalysis(BenchmarkData.shared.dataset)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try analysis.impactOfDropping(each: BenchmarkData.shared.dataset.consortia.indices, listingOverlaps: false))
        }
    } setup: {
        _ = BenchmarkData.shared
    }

    reportBenchmarks()
}
