/// A set of node ids that are inserted one at a time and then taken out all at once in ascending
/// order, without sorting: three levels of bits, one per node, one per word of the first level and
/// one per word of the second.
///
/// Taking the nodes out visits the words that hold them and one word per 2¹⁸ nodes of the graph,
/// so gathering a row of a projection in order costs about as much as listing it.
///
/// A class rather than a non-copyable struct, as ``ShortestPathWorkspace``.
final class AscendingNodeSet {
    /// Bit *v* of the first level is set for each node *v* in the set; bit *w* of the second for
    /// each non-zero word *w* of the first; bit *b* of the third for each non-zero word *b* of the
    /// second.
    private let nodes: UnsafeMutableBufferPointer<UInt64>
    private let words: UnsafeMutableBufferPointer<UInt64>
    private let blocks: UnsafeMutableBufferPointer<UInt64>

    /// An empty set of nodes `0..<nodeCount`.
    init(nodeCount: Int) {
        let wordCount = (nodeCount + 63) / 64
        let blockCount = (wordCount + 63) / 64
        nodes = .allocate(capacity: wordCount, filledWith: 0)
        words = .allocate(capacity: blockCount, filledWith: 0)
        blocks = .allocate(capacity: (blockCount + 63) / 64, filledWith: 0)
    }

    deinit {
        nodes.deallocate()
        words.deallocate()
        blocks.deallocate()
    }

    /// Adds `node`, which must not be in the set already.
    @inline(__always)
    func insert(_ node: Int) {
        let word = node &>> 6
        if nodes[word] == 0 {
            let block = word &>> 6
            if words[block] == 0 { blocks[block &>> 6] |= 1 &<< UInt64(truncatingIfNeeded: block & 63) }
            words[block] |= 1 &<< UInt64(truncatingIfNeeded: word & 63)
        }
        nodes[word] |= 1 &<< UInt64(truncatingIfNeeded: node & 63)
    }

    /// Calls `body` with every node of the set in ascending order, and empties the set.
    @inline(__always)
    func removeAll(_ body: (Int) -> Void) {
        for top in blocks.indices where blocks[top] != 0 {
            var blockBits = blocks[top]
            blocks[top] = 0
            while blockBits != 0 {
                let block = top &<< 6 | blockBits.trailingZeroBitCount
                blockBits &= blockBits &- 1
                var wordBits = words[block]
                words[block] = 0
                while wordBits != 0 {
                    let word = block &<< 6 | wordBits.trailingZeroBitCount
                    wordBits &= wordBits &- 1
                    var nodeBits = nodes[word]
                    nodes[word] = 0
                    while nodeBits != 0 {
                        body(word &<< 6 | nodeBits.trailingZeroBitCount)
                        nodeBits &= nodeBits &- 1
                    }
                }
            }
        }
    }
}
