import { CT, NS_MAIN, NS_R, OoxmlPackage, REL } from "./ooxml-package";
import { MINIMAL_STYLES } from "./styles-editor";

const XML_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** A workbook package with no sheets yet: the start of «Создать шаблон» and of createWorkbook(). */
export function blankPackage(): OoxmlPackage {
  const pkg = OoxmlPackage.empty();
  pkg.setText(
    "[Content_Types].xml",
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${CT.styles}"/></Types>`,
  );
  pkg.setText(
    "_rels/.rels",
    `${XML_HEAD}<Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${REL.officeDocument}" Target="xl/workbook.xml"/></Relationships>`,
  );
  pkg.setText(
    "xl/workbook.xml",
    `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><workbookPr/><bookViews><workbookView/></bookViews><sheets></sheets><calcPr calcId="191029"/></workbook>`,
  );
  pkg.setText(
    "xl/_rels/workbook.xml.rels",
    `${XML_HEAD}<Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${REL.styles}" Target="styles.xml"/></Relationships>`,
  );
  pkg.setText("xl/styles.xml", MINIMAL_STYLES);
  return pkg;
}
