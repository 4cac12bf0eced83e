#pragma once

#include <QList>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>

// Runs `work(begin, end)` over [0, count) in blocks on the global thread pool, or on the calling thread when the
// range fits in one block (an inline edit, a small file, a test). Blocks must touch disjoint data. The validator's
// per-row checks and the binding planner's slices are independent, so a 100,000-row file uses every core.
namespace ImportParallel {

template<typename Work>
void forEachBlock(qsizetype count, qsizetype blockSize, const Work &work)
{
    if (count <= blockSize) {
        if (count > 0)
            work(qsizetype(0), count);
        return;
    }
    QList<std::pair<qsizetype, qsizetype>> blocks;
    blocks.reserve(count / blockSize + 1);
    for (qsizetype begin = 0; begin < count; begin += blockSize)
        blocks.append({ begin, std::min(count, begin + blockSize) });
    QtConcurrent::blockingMap(
        blocks, [&work](const std::pair<qsizetype, qsizetype> &block) { work(block.first, block.second); });
}

} // namespace ImportParallel
