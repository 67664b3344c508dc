using OpenCsc.Testing;

// A real browser over a real socket: every test here is slow, so the fast run (Category!=Slow) leaves the project out.
[assembly: Trait("Category", TestCategories.Slow)]
