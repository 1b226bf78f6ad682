// Makes wide tables keyboard-scrollable: a focusable, labelled region only when a table overflows,
// with its first column pinned and a visible hint that it scrolls (styles in site.css).
// The pages work without it.
(function () {
  function label(region) {
    var figure = region.closest("figure");
    var caption = figure && figure.querySelector("figcaption");
    return caption ? caption.textContent.trim() : "Table";
  }
  function update() {
    document.querySelectorAll(".table-scroll").forEach(function (region) {
      var hint = region.previousElementSibling;
      var hasHint = hint && hint.classList.contains("scroll-hint");
      if (region.scrollWidth > region.clientWidth + 1) {
        region.setAttribute("tabindex", "0");
        region.setAttribute("role", "region");
        region.setAttribute("aria-label", label(region));
        region.setAttribute("data-overflow", "");
        if (!hasHint) {
          hint = document.createElement("p");
          hint.className = "scroll-hint";
          hint.setAttribute("aria-hidden", "true");
          hint.textContent = "Scroll the table sideways for more columns \u2192";
          region.insertAdjacentElement("beforebegin", hint);
        }
      } else {
        region.removeAttribute("tabindex");
        region.removeAttribute("role");
        region.removeAttribute("aria-label");
        region.removeAttribute("data-overflow");
        if (hasHint) {
          hint.remove();
        }
      }
    });
  }
  document.addEventListener("DOMContentLoaded", update);
  window.addEventListener("resize", update);
})();

// Adds a "Copy" button under each citation block; without the script the text can still be selected.
(function () {
  function addButtons() {
    if (!navigator.clipboard) {
      return;
    }
    document.querySelectorAll("pre[data-copy]").forEach(function (pre) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy-button";
      button.textContent = "Copy " + pre.getAttribute("data-copy");
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(pre.textContent).then(function () {
          button.textContent = "Copied";
        });
      });
      pre.insertAdjacentElement("afterend", button);
    });
  }
  document.addEventListener("DOMContentLoaded", addButtons);
})();
