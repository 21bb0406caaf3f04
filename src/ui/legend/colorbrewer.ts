/**
 * The ColorBrewer ramps the legend offers (Cynthia Brewer, colorbrewer2.org, Apache-2.0), as
 * d3-scale-chromatic ships them: per scheme, one string of 6-digit hex colours per class count,
 * from 3 classes up. Kept here rather than imported from d3-scale-chromatic, which builds an
 * interpolator for every one of its schemes when it is evaluated (~15 ms on the page's start here)
 * and sits in the first load for 16 small tables; a unit test holds these equal to d3's.
 */
const RAMPS: Readonly<Record<string, readonly string[]>> = {
  YlOrRd: [
    'ffeda0feb24cf03b20',
    'ffffb2fecc5cfd8d3ce31a1c',
    'ffffb2fecc5cfd8d3cf03b20bd0026',
    'ffffb2fed976feb24cfd8d3cf03b20bd0026',
    'ffffb2fed976feb24cfd8d3cfc4e2ae31a1cb10026',
    'ffffccffeda0fed976feb24cfd8d3cfc4e2ae31a1cb10026',
    'ffffccffeda0fed976feb24cfd8d3cfc4e2ae31a1cbd0026800026',
  ],
  OrRd: [
    'fee8c8fdbb84e34a33',
    'fef0d9fdcc8afc8d59d7301f',
    'fef0d9fdcc8afc8d59e34a33b30000',
    'fef0d9fdd49efdbb84fc8d59e34a33b30000',
    'fef0d9fdd49efdbb84fc8d59ef6548d7301f990000',
    'fff7ecfee8c8fdd49efdbb84fc8d59ef6548d7301f990000',
    'fff7ecfee8c8fdd49efdbb84fc8d59ef6548d7301fb300007f0000',
  ],
  Reds: [
    'fee0d2fc9272de2d26',
    'fee5d9fcae91fb6a4acb181d',
    'fee5d9fcae91fb6a4ade2d26a50f15',
    'fee5d9fcbba1fc9272fb6a4ade2d26a50f15',
    'fee5d9fcbba1fc9272fb6a4aef3b2ccb181d99000d',
    'fff5f0fee0d2fcbba1fc9272fb6a4aef3b2ccb181d99000d',
    'fff5f0fee0d2fcbba1fc9272fb6a4aef3b2ccb181da50f1567000d',
  ],
  Blues: [
    'deebf79ecae13182bd',
    'eff3ffbdd7e76baed62171b5',
    'eff3ffbdd7e76baed63182bd08519c',
    'eff3ffc6dbef9ecae16baed63182bd08519c',
    'eff3ffc6dbef9ecae16baed64292c62171b5084594',
    'f7fbffdeebf7c6dbef9ecae16baed64292c62171b5084594',
    'f7fbffdeebf7c6dbef9ecae16baed64292c62171b508519c08306b',
  ],
  Greens: [
    'e5f5e0a1d99b31a354',
    'edf8e9bae4b374c476238b45',
    'edf8e9bae4b374c47631a354006d2c',
    'edf8e9c7e9c0a1d99b74c47631a354006d2c',
    'edf8e9c7e9c0a1d99b74c47641ab5d238b45005a32',
    'f7fcf5e5f5e0c7e9c0a1d99b74c47641ab5d238b45005a32',
    'f7fcf5e5f5e0c7e9c0a1d99b74c47641ab5d238b45006d2c00441b',
  ],
  Purples: [
    'efedf5bcbddc756bb1',
    'f2f0f7cbc9e29e9ac86a51a3',
    'f2f0f7cbc9e29e9ac8756bb154278f',
    'f2f0f7dadaebbcbddc9e9ac8756bb154278f',
    'f2f0f7dadaebbcbddc9e9ac8807dba6a51a34a1486',
    'fcfbfdefedf5dadaebbcbddc9e9ac8807dba6a51a34a1486',
    'fcfbfdefedf5dadaebbcbddc9e9ac8807dba6a51a354278f3f007d',
  ],
  YlGnBu: [
    'edf8b17fcdbb2c7fb8',
    'ffffcca1dab441b6c4225ea8',
    'ffffcca1dab441b6c42c7fb8253494',
    'ffffccc7e9b47fcdbb41b6c42c7fb8253494',
    'ffffccc7e9b47fcdbb41b6c41d91c0225ea80c2c84',
    'ffffd9edf8b1c7e9b47fcdbb41b6c41d91c0225ea80c2c84',
    'ffffd9edf8b1c7e9b47fcdbb41b6c41d91c0225ea8253494081d58',
  ],
  PuBuGn: [
    'ece2f0a6bddb1c9099',
    'f6eff7bdc9e167a9cf02818a',
    'f6eff7bdc9e167a9cf1c9099016c59',
    'f6eff7d0d1e6a6bddb67a9cf1c9099016c59',
    'f6eff7d0d1e6a6bddb67a9cf3690c002818a016450',
    'fff7fbece2f0d0d1e6a6bddb67a9cf3690c002818a016450',
    'fff7fbece2f0d0d1e6a6bddb67a9cf3690c002818a016c59014636',
  ],
  Greys: [
    'f0f0f0bdbdbd636363',
    'f7f7f7cccccc969696525252',
    'f7f7f7cccccc969696636363252525',
    'f7f7f7d9d9d9bdbdbd969696636363252525',
    'f7f7f7d9d9d9bdbdbd969696737373525252252525',
    'fffffff0f0f0d9d9d9bdbdbd969696737373525252252525',
    'fffffff0f0f0d9d9d9bdbdbd969696737373525252252525000000',
  ],
  RdBu: [
    'ef8a62f7f7f767a9cf',
    'ca0020f4a58292c5de0571b0',
    'ca0020f4a582f7f7f792c5de0571b0',
    'b2182bef8a62fddbc7d1e5f067a9cf2166ac',
    'b2182bef8a62fddbc7f7f7f7d1e5f067a9cf2166ac',
    'b2182bd6604df4a582fddbc7d1e5f092c5de4393c32166ac',
    'b2182bd6604df4a582fddbc7f7f7f7d1e5f092c5de4393c32166ac',
    '67001fb2182bd6604df4a582fddbc7d1e5f092c5de4393c32166ac053061',
    '67001fb2182bd6604df4a582fddbc7f7f7f7d1e5f092c5de4393c32166ac053061',
  ],
  PuOr: [
    '998ec3f7f7f7f1a340',
    '5e3c99b2abd2fdb863e66101',
    '5e3c99b2abd2f7f7f7fdb863e66101',
    '542788998ec3d8daebfee0b6f1a340b35806',
    '542788998ec3d8daebf7f7f7fee0b6f1a340b35806',
    '5427888073acb2abd2d8daebfee0b6fdb863e08214b35806',
    '5427888073acb2abd2d8daebf7f7f7fee0b6fdb863e08214b35806',
    '2d004b5427888073acb2abd2d8daebfee0b6fdb863e08214b358067f3b08',
    '2d004b5427888073acb2abd2d8daebf7f7f7fee0b6fdb863e08214b358067f3b08',
  ],
  BrBG: [
    'd8b365f5f5f55ab4ac',
    'a6611adfc27d80cdc1018571',
    'a6611adfc27df5f5f580cdc1018571',
    '8c510ad8b365f6e8c3c7eae55ab4ac01665e',
    '8c510ad8b365f6e8c3f5f5f5c7eae55ab4ac01665e',
    '8c510abf812ddfc27df6e8c3c7eae580cdc135978f01665e',
    '8c510abf812ddfc27df6e8c3f5f5f5c7eae580cdc135978f01665e',
    '5430058c510abf812ddfc27df6e8c3c7eae580cdc135978f01665e003c30',
    '5430058c510abf812ddfc27df6e8c3f5f5f5c7eae580cdc135978f01665e003c30',
  ],
  PiYG: [
    'e9a3c9f7f7f7a1d76a',
    'd01c8bf1b6dab8e1864dac26',
    'd01c8bf1b6daf7f7f7b8e1864dac26',
    'c51b7de9a3c9fde0efe6f5d0a1d76a4d9221',
    'c51b7de9a3c9fde0eff7f7f7e6f5d0a1d76a4d9221',
    'c51b7dde77aef1b6dafde0efe6f5d0b8e1867fbc414d9221',
    'c51b7dde77aef1b6dafde0eff7f7f7e6f5d0b8e1867fbc414d9221',
    '8e0152c51b7dde77aef1b6dafde0efe6f5d0b8e1867fbc414d9221276419',
    '8e0152c51b7dde77aef1b6dafde0eff7f7f7e6f5d0b8e1867fbc414d9221276419',
  ],
  RdYlBu: [
    'fc8d59ffffbf91bfdb',
    'd7191cfdae61abd9e92c7bb6',
    'd7191cfdae61ffffbfabd9e92c7bb6',
    'd73027fc8d59fee090e0f3f891bfdb4575b4',
    'd73027fc8d59fee090ffffbfe0f3f891bfdb4575b4',
    'd73027f46d43fdae61fee090e0f3f8abd9e974add14575b4',
    'd73027f46d43fdae61fee090ffffbfe0f3f8abd9e974add14575b4',
    'a50026d73027f46d43fdae61fee090e0f3f8abd9e974add14575b4313695',
    'a50026d73027f46d43fdae61fee090ffffbfe0f3f8abd9e974add14575b4313695',
  ],
  RdYlGn: [
    'fc8d59ffffbf91cf60',
    'd7191cfdae61a6d96a1a9641',
    'd7191cfdae61ffffbfa6d96a1a9641',
    'd73027fc8d59fee08bd9ef8b91cf601a9850',
    'd73027fc8d59fee08bffffbfd9ef8b91cf601a9850',
    'd73027f46d43fdae61fee08bd9ef8ba6d96a66bd631a9850',
    'd73027f46d43fdae61fee08bffffbfd9ef8ba6d96a66bd631a9850',
    'a50026d73027f46d43fdae61fee08bd9ef8ba6d96a66bd631a9850006837',
    'a50026d73027f46d43fdae61fee08bffffbfd9ef8ba6d96a66bd631a9850006837',
  ],
  Spectral: [
    'fc8d59ffffbf99d594',
    'd7191cfdae61abdda42b83ba',
    'd7191cfdae61ffffbfabdda42b83ba',
    'd53e4ffc8d59fee08be6f59899d5943288bd',
    'd53e4ffc8d59fee08bffffbfe6f59899d5943288bd',
    'd53e4ff46d43fdae61fee08be6f598abdda466c2a53288bd',
    'd53e4ff46d43fdae61fee08bffffbfe6f598abdda466c2a53288bd',
    '9e0142d53e4ff46d43fdae61fee08be6f598abdda466c2a53288bd5e4fa2',
    '9e0142d53e4ff46d43fdae61fee08bffffbfe6f598abdda466c2a53288bd5e4fa2',
  ],
};

/** The hand-tuned ramp of `count` colours ("#rrggbb"), or null where ColorBrewer has none. */
export function colorBrewerRamp(name: string, count: number): string[] | null {
  const packed = RAMPS[name]?.[count - 3];
  if (packed === undefined) return null;
  return Array.from({ length: count }, (_, index) => `#${packed.slice(6 * index, 6 * index + 6)}`);
}

/** The longest ramp of a scheme (what an interpolator beyond the hand-tuned ramps runs through). */
export function longestColorBrewerRamp(name: string): string[] | null {
  const ramps = RAMPS[name];
  return ramps === undefined ? null : colorBrewerRamp(name, ramps.length + 2);
}
