"""NGO use cases: files of ads (upload, jobs), the contact registry, statistics and export."""
