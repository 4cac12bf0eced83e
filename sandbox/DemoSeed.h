#pragma once

class AgentSimulator;
class Store;

// "--seed demo": a believable small company for the app's demo org and for manual testing. Fixed content (no
// randomness) so screenshots and docs stay valid. Includes every matching case the binding planner must explain:
// local accounts that match a user exactly, by case only, by a typo (jdoe vs john.doe), and not at all.
class DemoSeed
{
public:
    static void populate(Store &store, AgentSimulator &agents);
};
