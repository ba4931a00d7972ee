import Testing

@testable import instgraph

@Suite("Mapping on every core")
struct ConcurrentMapTests {
    @Test("the results come in the elements' order, for arrays split into stretches and arrays too small to split")
    func order() {
        for count in [0, 1, 9_999, 20_000, 30_001, 100_003] {
            let values = Array(0..<count)
            #expect(values.concurrentMap { "\($0)" } == values.map { "\($0)" }, "\(count) elements")
            #expect(values.concurrentMap(minimumPerStretch: 1) { $0 * 3 } == values.map { $0 * 3 }, "\(count) elements")
        }
    }
}
