#pragma once

#include "RetryPolicy.h"

#include <chrono>

// How hard the client works a directory: parallel requests, retries and the stall timeout.
struct ApiClientSettings
{
    int maxParallel = 6;
    RetryPolicy retry;
    // No byte moved for this long aborts the attempt (QNetworkRequest::setTransferTimeout
    // semantics: a long but flowing download is fine).
    std::chrono::milliseconds transferTimeout { 60'000 };
};
