extension UnsafeMutableBufferPointer where Element == Int32 {
    /// Sorts node ids in place: by insertion when there are few, as most nodes have few
    /// neighbours, else by the standard library.
    func sortNodeIDs() {
        guard count > 24 else {
            for index in indices.dropFirst() {
                let value = self[index]
                var hole = index
                while hole > 0, self[hole - 1] > value {
                    self[hole] = self[hole - 1]
                    hole -= 1
                }
                self[hole] = value
            }
            return
        }
        var values = self
        values.sort()
    }
}
