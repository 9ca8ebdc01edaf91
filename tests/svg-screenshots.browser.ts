// The golden SVG timelines (tests/__snapshots__/svg/*.svg, written by tests/svg.test.ts) in
// headless Chromium (npm run test:browser, vitest.browser.config.ts): each parses as XML with the
// browser's own strict parser, is labelled by its own title and description (role img,
// aria-labelledby), and renders, as a standalone image, like its stored screenshot
// (tests/__screenshots__/svg-screenshots.browser.ts/<name>-chromium-linux.png) within a small
// tolerance: antialiasing and font hinting may differ a little between machines.
//
// A missing screenshot fails the test. Locally (CI unset) Vitest also writes it, to be reviewed
// and committed; under CI=true it writes nothing to the reference directory. `npm run
// test:browser -- --update` rewrites them after an intended change of the picture.
import { beforeAll, describe, expect, it } from "vitest";
import { commands, page } from "vitest/browser";

const GOLDEN = ["simple", "booked", "overdue", "contraindicated-until", "care-steps", "custom-protocol", "no-sessions"];

/** The stored golden file (the path is from the project root). */
const golden = (name: string) => commands.readFile(`tests/__snapshots__/svg/${name}.svg`);

describe("SVG timelines in Chromium", () => {
  beforeAll(async () => {
    await page.viewport(760, 480);
    document.body.style.margin = "0";
    document.body.style.background = "#fff";
  });

  it.each(GOLDEN)("%s parses as XML (Chromium's parser) and names its title and description", async (name) => {
    const svg = await golden(name);
    const parsed = new DOMParser().parseFromString(svg, "image/svg+xml");
    expect(parsed.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(parsed.documentElement.namespaceURI).toBe("http://www.w3.org/2000/svg");
    const title = parsed.querySelector("title")?.textContent ?? "";
    const description = parsed.querySelector("desc")?.textContent ?? "";
    expect(title).toMatch(/^Microneedling plan on \d{4}-\d{2}-\d{2}$/);
    // Inline, as a page would use it: role img, named and described by its title and desc.
    const host = document.createElement("div");
    host.innerHTML = svg;
    document.body.append(host);
    try {
      const element = host.querySelector("svg") as SVGSVGElement;
      expect(element.getAttribute("role")).toBe("img");
      // aria-labelledby names the title, then the description, both in this picture.
      const [titleId, descriptionId, ...rest] = (element.getAttribute("aria-labelledby") ?? "").split(" ");
      expect(rest).toEqual([]);
      const titleElement = document.getElementById(titleId ?? "");
      const descriptionElement = document.getElementById(descriptionId ?? "");
      expect([titleElement?.localName, titleElement?.parentElement]).toEqual(["title", element]);
      expect([descriptionElement?.localName, descriptionElement?.parentElement]).toEqual(["desc", element]);
      expect([titleElement?.textContent, descriptionElement?.textContent]).toEqual([title, description]);
      expect(description.length).toBeGreaterThan(60);
      expect(host.querySelector("script, foreignObject, a, image, use, style")).toBeNull();
    } finally {
      host.remove();
    }
  });

  it.each(GOLDEN)("%s renders like its stored screenshot", async (name) => {
    const svg = await golden(name);
    const image = document.createElement("img");
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    image.alt = "";
    image.style.display = "block";
    document.body.append(image);
    try {
      // A standalone SVG that failed to parse would not decode.
      await image.decode();
      expect([image.naturalWidth, image.naturalHeight]).toEqual([
        720,
        Number(/ height="(\d+)"/.exec(svg)?.[1] ?? Number.NaN),
      ]);
      await expect.element(page.elementLocator(image)).toMatchScreenshot(name, {
        comparatorName: "pixelmatch",
        // Pixels count as different above a colour distance of 0.1 (pixelmatch's default), antialiased
        // ones included (the marks are thin lines, which pixelmatch would otherwise take for
        // antialiasing and ignore), and at most 0.05% of them may differ (about 120 of a 720 by
        // 338 picture): rendering noise passes, a mark moved by a few pixels does not.
        comparatorOptions: { threshold: 0.1, includeAA: true, allowedMismatchedPixelRatio: 0.0005 },
      });
    } finally {
      image.remove();
    }
  });
});
