import Benchmark
import InstitutionGraph
import InstitutionReport

/// `instgraph report`'s work without reading the file or writing the page: the HTML report
/// (analysis, diagrams, downloads, page) of the medium and large generated networks
/// (`BenchmarkData`). A report takes seconds, so these run few iterations and no warm-up:
/// `swift package benchmark --filter 'report.*'` runs both (a filter must match a whole name:
/// `'report.*medium.*'` for one).
func reportBenchmarks() {
    // No malloc counts: with .mallocCountTotal (the malloc interposer counting) the medium run
    // aborted with "corrupted double-linked list" on pango's fontconfig thread, started by Graphviz
    // (package-benchmark 1.38.1, malloc-interposer 0.2.0, Swift 6.3.1, Linux); `instgraph report`
    // itself, with or without the interposer preloaded, runs cleanly.
    let metrics: [BenchmarkMetric] = [.wallClock, .cpuTotal, .peakMemoryResident]
    // No warm-up run: a report's first run is the one users wait for, and it takes seconds.
    let medium = Benchmark.Configuration(
        metrics: metrics, timeUnits: .milliseconds, warmupIterations: 0, maxDuration: .seconds(20), maxIterations: 5)
    // One run when a report takes 30 s or more.
    let large = Benchmark.Configuration(
        metrics: metrics, timeUnits: .milliseconds, warmupIterations: 0, maxDuration: .seconds(30), maxIterations: 3)

    Benchmark("report HTML, medium (5,000 consortia, 8,000 institutions)", configuration: medium) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try await Report.make(BenchmarkData.medium.dataset, warnings: [], format: .html, language: .english))
        }
    } setup: {
        _ = BenchmarkData.medium
    }

    Benchmark("report HTML, large (35,000 consortia, 30,000 institutions)", configuration: large) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try await Report.make(BenchmarkData.large.dataset, warnings: [], format: .html, language: .english))
        }
    } setup: {
        _ = BenchmarkData.large
    }
}
