/// The sources one bit-parallel breadth-first search carries (``BitParallelSearchWorkspace``), one
/// bit — a lane — per source.
///
/// A machine word carries 64; ``WideSearchLanes`` carry 256 in four words side by side, so that one
/// pass over a node's edges moves four times as many searches a level further for about the same
/// memory traffic: a node's lanes lie in one cache line either way.
protocol SearchLanes: Equatable {
    /// How many sources a value carries.
    static var laneCount: Int { get }
    /// No lane set.
    static var none: Self { get }
    /// Only `lane` set.
    init(lane: Int)
    /// The lanes below `count` set, the others not (`count` at most ``laneCount``).
    init(lanesBelow count: Int)
    static func & (lhs: Self, rhs: Self) -> Self
    static func | (lhs: Self, rhs: Self) -> Self
    static func ^ (lhs: Self, rhs: Self) -> Self
    /// The lanes of `lhs` that are not in `rhs`.
    static func without(_ lhs: Self, _ rhs: Self) -> Self
    /// How many lanes are set.
    var setLaneCount: Int { get }
    /// 1 when `lane` is set, else 0.
    func bit(_ lane: Int) -> Int
    /// Calls `body` with each lane set, in ascending order.
    func forEachSetLane(_ body: (Int) -> Void)
}

extension SearchLanes {
    /// Whether no lane is set.
    @inline(__always) var isEmpty: Bool { self == .none }
}

extension UInt64: SearchLanes {
    static var laneCount: Int { bitWidth }
    static var none: UInt64 { 0 }
    @inline(__always) init(lane: Int) { self = 1 &<< UInt64(truncatingIfNeeded: lane) }
    @inline(__always) init(lanesBelow count: Int) { self = count >= 64 ? ~0 : (1 &<< UInt64(truncatingIfNeeded: count)) &- 1 }
    @inline(__always) static func without(_ lhs: UInt64, _ rhs: UInt64) -> UInt64 { lhs & ~rhs }
    @inline(__always) var setLaneCount: Int { nonzeroBitCount }
    @inline(__always) func bit(_ lane: Int) -> Int { Int(truncatingIfNeeded: (self &>> UInt64(truncatingIfNeeded: lane)) & 1) }

    @inline(__always)
    func forEachSetLane(_ body: (Int) -> Void) {
        var lanes = self
        while lanes != 0 {
            body(lanes.trailingZeroBitCount)
            lanes &= lanes &- 1
        }
    }
}

/// 256 lanes: four 64-bit words, lane *i* in bit *i* mod 64 of word *i* / 64.
struct WideSearchLanes: SearchLanes {
    var words: SIMD4<UInt64>

    static var laneCount: Int { 256 }
    static var none: WideSearchLanes { WideSearchLanes(words: .zero) }

    @inline(__always)
    init(words: SIMD4<UInt64>) { self.words = words }

    @inline(__always)
    init(lane: Int) {
        words = .zero
        words[lane &>> 6] = UInt64(lane: lane & 63)
    }

    @inline(__always)
    init(lanesBelow count: Int) {
        words = SIMD4(
            UInt64(lanesBelow: max(0, count)), UInt64(lanesBelow: max(0, count - 64)), UInt64(lanesBelow: max(0, count - 128)),
            UInt64(lanesBelow: max(0, count - 192)))
    }

    @inline(__always) static func & (lhs: Self, rhs: Self) -> Self { Self(words: lhs.words & rhs.words) }
    @inline(__always) static func | (lhs: Self, rhs: Self) -> Self { Self(words: lhs.words | rhs.words) }
    @inline(__always) static func ^ (lhs: Self, rhs: Self) -> Self { Self(words: lhs.words ^ rhs.words) }
    @inline(__always) static func without(_ lhs: Self, _ rhs: Self) -> Self { Self(words: lhs.words & ~rhs.words) }
    @inline(__always) static func == (lhs: Self, rhs: Self) -> Bool { (lhs.words ^ rhs.words) == .zero }

    @inline(__always)
    var setLaneCount: Int {
        words[0].nonzeroBitCount &+ words[1].nonzeroBitCount &+ words[2].nonzeroBitCount &+ words[3].nonzeroBitCount
    }

    @inline(__always) func bit(_ lane: Int) -> Int { words[lane &>> 6].bit(lane & 63) }

    @inline(__always)
    func forEachSetLane(_ body: (Int) -> Void) {
        for word in 0..<4 where words[word] != 0 {
            words[word].forEachSetLane { body(word &* 64 &+ $0) }
        }
    }
}
