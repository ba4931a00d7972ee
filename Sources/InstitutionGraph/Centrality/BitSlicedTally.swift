/// Per-lane counts of how many nodes a bit-parallel search (``BitParallelSearchWorkspace``) finds
/// at one level, for every source at once.
///
/// The counts are kept bit-sliced: lane *i* of `counter[k]` is bit *k* of lane *i*'s count. Adding
/// a node's lanes to them directly is a ripple of carries through the words, as long as the
/// longest run of trailing ones among the lanes added: about log₂ of the number of lanes, eight
/// words or so for a node reached by a couple of hundred sources. So additions are first gathered
/// fifteen at a time as a four-bit number per lane in four planes (a fixed eight word operations
/// each, with no branch), and the planes are then added into `counter` with one carry chain.
struct BitSlicedTally<Lanes: SearchLanes> {
    /// The bit-sliced counts, at least `Int.bitWidth` entries, all clear to begin with.
    private let counter: UnsafeMutableBufferPointer<Lanes>
    /// Bits 0–3 of each lane's additions since the last flush.
    private var ones = Lanes.none
    private var twos = Lanes.none
    private var fours = Lanes.none
    private var eights = Lanes.none
    /// The additions in the planes: at most 15, so that no lane's four bits overflow.
    private var pending = 0
    /// How many entries of ``counter`` may hold bits.
    private var words = 0

    init(counter: UnsafeMutableBufferPointer<Lanes>) {
        self.counter = counter
    }

    /// Adds 1 to the count of each lane set in `lanes`.
    @inline(__always)
    mutating func add(_ lanes: Lanes) {
        let carryToTwos = ones & lanes
        ones = ones ^ lanes
        let carryToFours = twos & carryToTwos
        twos = twos ^ carryToTwos
        let carryToEights = fours & carryToFours
        fours = fours ^ carryToFours
        eights = eights ^ carryToEights
        pending &+= 1
        if pending == 15 { flush() }
    }

    /// Calls `body` with each lane's count, for the lanes below `lanes` whose count is not 0, and
    /// starts again from 0.
    @inline(__always)
    mutating func takeCounts(lanes: Int, _ body: (_ lane: Int, _ count: Int) -> Void) {
        flush()
        guard words > 0 else { return }
        for lane in 0..<lanes {
            var count = 0
            for word in 0..<words {
                count |= counter[word].bit(lane) << word
            }
            if count > 0 { body(lane, count) }
        }
        for word in 0..<words { counter[word] = .none }
        words = 0
    }

    /// Adds the four planes into ``counter`` (a carry chain through its words) and clears them.
    @inline(__always)
    private mutating func flush() {
        guard pending > 0 else { return }
        let counter = self.counter
        var carry = Lanes.none
        // A full adder per word: the counter's bit, the plane's and the carry.
        @inline(__always)
        func add(_ plane: Lanes, at word: Int) {
            let sum = counter[word] ^ plane
            let overflow = (counter[word] & plane) | (carry & sum)
            counter[word] = sum ^ carry
            carry = overflow
        }
        add(ones, at: 0)
        add(twos, at: 1)
        add(fours, at: 2)
        add(eights, at: 3)
        var word = 4
        while !carry.isEmpty {
            let overflow = counter[word] & carry
            counter[word] = counter[word] ^ carry
            carry = overflow
            word += 1
        }
        words = max(words, word)
        (ones, twos, fours, eights) = (.none, .none, .none, .none)
        pending = 0
    }
}
