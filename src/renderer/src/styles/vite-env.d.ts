// Lets any renderer module import CSS files (and other assets) the way Vite bundles them.
/// <reference types="vite/client" />
