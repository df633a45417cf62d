/**
 * Binary logs users will drop on Certus that it cannot decode (yet), with what a decoder would need.
 * Refusing them by name beats a generic "cannot tell what this file holds".
 */
const unsupported: Record<string, string> = {
  mi2log:
    'a MobileInsight binary chipset log (Qualcomm DIAG packets, with or without HDLC framing); decoding needs the DIAG log-packet formats (MobileInsight dm_collector) and has no GPS to place samples: export its measurements to CSV first',
  qmdl: 'a Qualcomm QXDM binary log; decode it with QXDM/QCAT or MobileInsight and export the measurements to CSV',
  qmdl2: 'a Qualcomm QXDM binary log; decode it with QXDM/QCAT or MobileInsight and export the measurements to CSV',
  nmf: "a Nemo binary measurement file; export it from Nemo Outdoor/Analyze as 'Exported Measurements' CSV",
  nmfs: "a Nemo binary measurement file; export it from Nemo Outdoor/Analyze as 'Exported Measurements' CSV",
}

/** Why a file of this extension is refused, or undefined when Certus may be able to read it. */
export function unsupportedFormatReason(extension: string): string | undefined {
  return unsupported[extension.toLowerCase()]
}
