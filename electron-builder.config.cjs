// Packaging for Linux (AppImage, deb), Windows (NSIS) and macOS (dmg): `npm run dist` on a
// connected machine (electron-builder downloads Electron and the platform tools). CI only checks
// this file against electron-builder's own schema (tests/electron/builder.test.ts): it downloads nothing.
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'org.caravan.planner',
  productName: 'Caravan',
  copyright: 'Caravan',
  directories: { output: 'dist', buildResources: 'resources' },
  // The built app only (electron-vite build); the CLI, web host and tools stay out of the package.
  // Runtime dependencies the main bundle does not inline come from package.json's dependencies.
  files: ['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json', '!**/*.map'],
  asar: true,
  // The bundled sample plan: main reads process.resourcesPath/sample.caravan when packaged.
  extraResources: [{ from: 'resources/sample.caravan', to: 'sample.caravan' }],
  // One source image; the builder makes .icns, .ico and the Linux sizes from it.
  icon: 'resources/icon.png',
  fileAssociations: [
    {
      ext: 'caravan',
      name: 'Caravan plan',
      description: 'Caravan plan',
      mimeType: 'application/x-caravan+json',
      role: 'Editor',
      icon: 'resources/icon.png',
    },
  ],
  // Electron's fuses, flipped in the binary at packaging time (https://www.electronjs.org/docs/latest/tutorial/fuses).
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    // The renderer comes from app://, so file:// pages need no extra powers.
    grantFileProtocolExtraPrivileges: false,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    executableName: 'caravan',
    maintainer: 'Caravan developers',
    synopsis: 'Offline planner for cultural-exchange programmes',
  },
  deb: { packageCategory: 'office' },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  mac: { target: ['dmg'], category: 'public.app-category.productivity', hardenedRuntime: true },
  dmg: { title: 'Caravan' },
}
