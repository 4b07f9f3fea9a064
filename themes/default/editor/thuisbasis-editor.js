/* Thuisbasis: the small widgets and the save rule the web editor needs, on top of Decap CMS (loaded before this file).
   - tb-date: a plain date field that reads both forms the engine accepts (2026-11-23 and 23-11-2026) and writes 2026-11-23;
     with `time: true` also a time field, written as 2026-11-23 09:30 (no time: the whole day); a time the clock skips
     in the site's `timezone` (the night summer time starts) is refused with the build's words (TB0145).
   - tb-author: a team member (their id) or a client ({ name, role }), as stories expect.
   - tb-place: an activity's place as its keys (name, street, postal code, city), also when the file has it on one line.
   - tb-text: a text of which it or one other key must be filled (a vacancy's e-mail address or web address to apply).
   - tb-choice: a choice needed once the rest of its group is used (an activity's repeat), showing a value written by hand.
   - tb-alt: alt text, required only when its image is set.
   - tb-consent: the consent switch, off by default; switching it on fills in consent_date on save when it is empty.
   - tb-flag: a yes-or-no key that shows `ja` and `nee` as the readers take them (Decap's switch shows `nee` as on).
   - tb-cancelled: an activity's cancelled dates, or the whole activity (`cancelled: true`, which Decap's list cannot show);
     a date or the whole activity called off in the form sets cancelled_on to today on save, which dates the feed's notice.
   - A new story or vacancy dated today gets the time of saving with its date: a newsletter that reads the feed (Mailchimp's
     RSS campaigns) sends what is dated after its last send, and one dated today at midnight, published after today's
     send, would never be sent. */
(function () {
  "use strict";
  var CMS = window.CMS, h = window.h, createClass = window.createClass;
  if (!CMS || !h || !createClass) return;

  function get(value, key) {
    if (value == null) return undefined;
    if (typeof value.get === "function") return value.get(key);
    return value[key];
  }

  function pad(n) { return (n < 10 ? "0" : "") + n; }

  function today() {
    var d = new Date();
    return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate());
  }

  function now() {
    var d = new Date();
    return pad(d.getHours()) + ":" + pad(d.getMinutes());
  }

  /* "2026-11-23", "2026-11-23 09:30", "23-11-2026", "23-11-2026 09:30" or a Date → { date: "2026-11-23", time: "09:30" }. */
  function readDate(value) {
    if (value instanceof Date && !isNaN(value)) {
      return { date: value.getUTCFullYear() + "-" + pad(value.getUTCMonth() + 1) + "-" + pad(value.getUTCDate()), time: "" };
    }
    var text = value == null ? "" : String(value).trim();
    var m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?/.exec(text);
    if (m) return { date: m[1] + "-" + pad(+m[2]) + "-" + pad(+m[3]), time: m[4] ? pad(+m[4]) + ":" + m[5] : "" };
    m = /^(\d{1,2})-(\d{1,2})-(\d{4})(?:[ T](\d{1,2}):(\d{2}))?/.exec(text);
    if (m) return { date: m[3] + "-" + pad(+m[2]) + "-" + pad(+m[1]), time: m[4] ? pad(+m[4]) + ":" + m[5] : "" };
    return { date: "", time: "" };
  }

  /* A yes-or-no key as the readers take it (FieldReader.Flag): true, yes, ja, on, in any case. */
  function isYes(value) {
    return value === true || (typeof value === "string" && /^(true|yes|ja|on)$/i.test(value.trim()));
  }

  /* A no as the readers take it: false, no, nee, off, in any case. */
  function isNo(value) {
    return value === false || (typeof value === "string" && /^(false|no|nee|off)$/i.test(value.trim()));
  }

  function joinDate(date, time) { return date ? (time ? date + " " + time : date) : ""; }

  /* Whether a wall-clock time exists in the site's time zone: not in the hour the clock skips when summer time starts
     (in Amsterdam the last Sunday of March, 02:00 to 03:00), which the build refuses (TB0145). */
  function existsIn(zone, date, minutes) {
    var p = date.split("-"), wall = Date.UTC(+p[0], +p[1] - 1, +p[2], 0, minutes);
    var format = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "numeric",
      day: "numeric", hour: "numeric", minute: "numeric" });
    function wallOf(instant) {
      var f = {};
      format.formatToParts(new Date(instant)).forEach(function (x) { f[x.type] = +x.value; });
      return Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute);
    }
    var instant = wall - (wallOf(wall) - wall);
    return wallOf(instant) === wall || wallOf(wall - (wallOf(instant) - instant)) === wall;
  }

  function clock(minutes) { return pad(Math.floor(minutes / 60)) + ":" + pad(minutes % 60); }

  var DateControl = createClass({
    isValid: function () {
      var zone = this.props.field.get("timezone"), value = readDate(this.props.value);
      if (!zone || !value.date || !value.time) return true;
      var at = +value.time.slice(0, 2) * 60 + +value.time.slice(3, 5);
      try { if (existsIn(zone, value.date, at)) return true; } catch (e) { return true; }
      var from = at, to = at;
      while (from > 0 && !existsIn(zone, value.date, from - 1)) from--;
      while (to < 24 * 60 && !existsIn(zone, value.date, to)) to++;
      var day = new Date(value.date + "T12:00:00Z").toLocaleDateString("nl-NL", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
      return { error: { message: "Op " + day + " bestaat " + value.time + " niet: die nacht gaat de klok van " + clock(from) +
        " naar " + clock(to) + ". Kies een tijd vóór " + clock(from) + " of vanaf " + clock(to) + "." } };
    },
    handleDate: function (e) { this.props.onChange(joinDate(e.target.value, readDate(this.props.value).time)); },
    handleTime: function (e) { this.props.onChange(joinDate(readDate(this.props.value).date, e.target.value)); },
    render: function () {
      var value = readDate(this.props.value);
      var date = h("input", {
        type: "date",
        id: this.props.forID,
        className: this.props.classNameWrapper,
        value: value.date,
        onChange: this.handleDate,
        onFocus: this.props.setActiveStyle,
        onBlur: this.props.setInactiveStyle,
      });
      if (!this.props.field.get("time")) return date;
      var timeId = this.props.forID + "-time";
      return h("div", null, date,
        h("p", null,
          h("label", { htmlFor: timeId }, "Tijd (leeg: de hele dag)"),
          h("input", { type: "time", id: timeId, className: this.props.classNameWrapper, value: value.time,
            disabled: !value.date, onChange: this.handleTime })));
    },
  });

  var AltControl = createClass({
    /* Decap re-renders a widget only when its own value changes; the alt text must also see the image being chosen. */
    shouldComponentUpdate: function () { return true; },
    isValid: function () {
      var imageKey = this.props.field.get("image_field");
      var image = this.props.entry && this.props.entry.getIn(["data", imageKey]);
      var alt = this.props.value == null ? "" : String(this.props.value).trim();
      if (image && !alt) {
        return { error: { message: "Beschrijf in één zin wat er op de afbeelding staat, voor wie hem niet kan zien." } };
      }
      return true;
    },
    render: function () {
      var self = this;
      return h("input", {
        type: "text",
        id: this.props.forID,
        className: this.props.classNameWrapper,
        value: this.props.value || "",
        onChange: function (e) { self.props.onChange(e.target.value); },
        onFocus: this.props.setActiveStyle,
        onBlur: this.props.setInactiveStyle,
      });
    },
  });

  var FlagControl = createClass({
    render: function () {
      var self = this;
      return h("input", {
        type: "checkbox",
        id: this.props.forID,
        className: "tb-flag",
        checked: isYes(this.props.value),
        onChange: function (e) { self.props.onChange(e.target.checked); },
        onFocus: this.props.setActiveStyle,
        onBlur: this.props.setInactiveStyle,
      });
    },
  });

  /* True only after the writer switched consent on in this form: only then is today the day permission was recorded. */
  var consentSwitchedOn = false;

  var ConsentControl = createClass({
    componentDidMount: function () { consentSwitchedOn = false; },
    render: function () {
      var self = this;
      var on = isYes(this.props.value);
      return h("label", { htmlFor: this.props.forID, className: "tb-consent" + (on ? " tb-consent-on" : "") },
        h("input", {
          type: "checkbox",
          id: this.props.forID,
          checked: on,
          onChange: function (e) { consentSwitchedOn = e.target.checked; self.props.onChange(e.target.checked); },
        }),
        h("span", null, on ? "Ja, deze persoon gaf toestemming" : "Nee, nog geen toestemming"));
    },
  });

  /* A list value as a plain array, whether Decap hands over an Immutable List, an array or nothing. */
  function toArray(value) {
    if (value == null || typeof value === "boolean" || typeof value === "string") return [];
    if (typeof value.toJS === "function") return value.toJS();
    return Array.isArray(value) ? value.slice() : [];
  }

  /* True only after the writer called off a date or the whole activity in this form: only then is today the day it was
     called off (removing a date, or saving for another reason, keeps cancelled_on as it was). */
  var cancelledAdded = false;

  /* `cancelled`: a list of dates, or true for the whole activity. Decap's list widget breaks on `true` and the form
     would not open at all, so this widget reads both and writes back what the writer chose. */
  var CancelledControl = createClass({
    componentDidMount: function () { cancelledAdded = false; },
    /* A row added and left without a date would be saved as "" and the build would stop on it: say so before saving. */
    isValid: function () {
      if (isYes(this.props.value)) return true;
      var empty = toArray(this.props.value).some(function (d) { return d == null || String(d).trim() === ""; });
      return empty ? { error: { message: "Kies bij elke regel een datum, of haal de regel weg met 'Weghalen'." } } : true;
    },
    setDate: function (index, text) {
      var dates = toArray(this.props.value);
      dates[index] = text;
      if (text) cancelledAdded = true;
      this.props.onChange(dates);
    },
    render: function () {
      var self = this, id = this.props.forID;
      var whole = isYes(this.props.value);
      var dates = toArray(this.props.value);
      var wholeBox = h("p", null,
        h("label", { htmlFor: id + "-all" },
          h("input", { type: "checkbox", id: id + "-all", checked: whole,
            onChange: function (e) { if (e.target.checked) cancelledAdded = true; self.props.onChange(e.target.checked ? true : []); } }),
          " De hele activiteit gaat niet door"));
      if (whole) return h("div", { id: id }, wholeBox);
      var rows = dates.map(function (d, i) {
        var rowId = id + "-" + i;
        return h("p", { key: rowId },
          h("label", { htmlFor: rowId }, "Gaat niet door op"), " ",
          h("input", { type: "date", id: rowId, className: self.props.classNameWrapper, value: readDate(d).date,
            onChange: function (e) { self.setDate(i, e.target.value); } }), " ",
          h("button", { type: "button", onClick: function () {
            var rest = toArray(self.props.value);
            rest.splice(i, 1);
            self.props.onChange(rest);
          } }, "Weghalen"));
      });
      return h("div", { id: id }, wholeBox, rows,
        h("button", { type: "button", onClick: function () { self.props.onChange(toArray(self.props.value).concat([""])); } },
          "Datum toevoegen"));
    },
  });

  var CLIENT = "__client__";

  var AuthorControl = createClass({
    isValid: function () {
      var v = this.props.value;
      if (v && typeof v === "object" && !String(get(v, "name") || "").trim()) {
        return { error: { message: "Schrijf de naam van de cliënt zoals die online mag." } };
      }
      return true;
    },
    /* Keeps any other key the writer put under author in the file (only name and role are in the form). */
    setClient: function (name, role) {
      var v = this.props.value;
      var client = v && typeof v === "object" ? (typeof v.toJS === "function" ? v.toJS() : Object.assign({}, v)) : {};
      client.name = name;
      if (role) client.role = role; else delete client.role;
      this.props.onChange(client);
    },
    render: function () {
      var self = this;
      var v = this.props.value;
      var isClient = v != null && typeof v === "object";
      var options = this.props.field.get("options");
      var staff = options ? options.toJS() : [];
      var select = h("select", {
        id: this.props.forID,
        className: this.props.classNameWrapper,
        value: isClient ? CLIENT : (v || ""),
        onChange: function (e) {
          if (e.target.value === CLIENT) self.props.onChange({ name: "", role: "cliënt" });
          else self.props.onChange(e.target.value);
        },
      },
        [h("option", { key: "", value: "" }, "Kies een auteur")]
          .concat(staff.map(function (s) { return h("option", { key: s.value, value: s.value }, s.label); }))
          .concat([h("option", { key: CLIENT, value: CLIENT }, "Een cliënt (naam en rol)")]));
      if (!isClient) return select;
      var name = get(v, "name") || "", role = get(v, "role") || "";
      var id = this.props.forID;
      return h("div", null, select,
        h("p", null,
          h("label", { htmlFor: id + "-name" }, "Naam van de cliënt, zoals die online mag"),
          h("input", { id: id + "-name", type: "text", value: name, className: this.props.classNameWrapper,
            onChange: function (e) { self.setClient(e.target.value, role); } })),
        h("p", null,
          h("label", { htmlFor: id + "-role" }, "Rol, bijvoorbeeld cliënt of mantelzorger"),
          h("input", { id: id + "-role", type: "text", value: role, className: this.props.classNameWrapper,
            onChange: function (e) { self.setClient(name, e.target.value); } })));
    },
  });

  /* A group that a file may also hold as one line (an activity's `location: online`, a place name, or a whole address
     written by hand): Decap's group widget showed that line in every key and threw at each keystroke. This one shows the
     line as the first key, keeps it as it is until the writer changes something, and then writes the group. The keys,
     their labels and hints come from the field's own list. */
  var PlaceControl = createClass({
    parts: function () {
      var v = this.props.value;
      if (v == null || v === "") return {};
      if (typeof v === "string") {
        var first = this.keys()[0];
        var line = {};
        line[first ? first.name : "name"] = v;
        return line;
      }
      return typeof v.toJS === "function" ? v.toJS() : Object.assign({}, v);
    },
    keys: function () {
      var fields = this.props.field.get("fields");
      return fields ? fields.toJS() : [];
    },
    isValid: function () {
      var self = this, parts = this.parts();
      var missing = this.keys().filter(function (k) {
        return k.required && (self.props.field.get("required") !== false || Object.keys(parts).length > 0) &&
          !String(parts[k.name] == null ? "" : parts[k.name]).trim();
      });
      return missing.length ? { error: { message: "Vul " + missing[0].label + " in." } } : true;
    },
    set: function (key, text) {
      var parts = this.parts();
      if (text) parts[key] = text; else delete parts[key];
      this.props.onChange(Object.keys(parts).length ? parts : "");
    },
    render: function () {
      var self = this, id = this.props.forID, parts = this.parts();
      return h("div", { id: id, className: "tb-place" }, this.keys().map(function (k, i) {
        var fieldId = id + "-" + k.name;
        var hintId = fieldId + "-hint";
        return h("p", { key: k.name },
          h("label", { htmlFor: fieldId }, k.label),
          h("input", { id: fieldId, type: "text", className: self.props.classNameWrapper,
            value: parts[k.name] == null ? "" : String(parts[k.name]), "aria-describedby": k.hint ? hintId : undefined,
            onChange: function (e) { self.set(k.name, e.target.value); } }),
          k.hint ? h("small", { id: hintId, className: "tb-hint" }, k.hint) : null);
      }));
    },
  });

  /* Whether a value of the form holds something: text that is not blank, a list or group that is not empty. */
  function filled(v) {
    if (v == null) return false;
    if (typeof v.size === "number") return v.size > 0;
    if (Array.isArray(v)) return v.length > 0;
    if (typeof v === "object") return Object.keys(v).length > 0;
    return String(v).trim() !== "";
  }

  /* The value each tb-text field of the open form shows now. Decap checks every field when the writer publishes, but a
     field whose own value did not change keeps the entry as it was when it last changed: a web address typed after the
     e-mail address was emptied was not seen, and the form kept refusing. */
  var textShown = {};

  /* A text field of which it or one other field must be filled (a vacancy: an e-mail address or a web address to apply;
     without either the build stops with TB0109). Both fields have this widget, each naming the other. */
  var TextControl = createClass({
    shouldComponentUpdate: function () { return true; },
    componentWillUnmount: function () { delete textShown[this.props.field.get("name")]; },
    isValid: function () {
      var other = this.props.field.get("one_of");
      if (!other || filled(this.props.value)) return true;
      var data = this.props.entry && this.props.entry.get("data");
      var otherValue = Object.prototype.hasOwnProperty.call(textShown, other) ? textShown[other] : data && data.get(other);
      return filled(otherValue) ? true : { error: { message: this.props.field.get("one_of_message") } };
    },
    render: function () {
      var self = this;
      textShown[this.props.field.get("name")] = this.props.value;
      return h("input", { type: "text", id: this.props.forID, className: this.props.classNameWrapper,
        value: this.props.value == null ? "" : String(this.props.value),
        onChange: function (e) { self.props.onChange(e.target.value); },
        onFocus: this.props.setActiveStyle, onBlur: this.props.setInactiveStyle });
    },
  });

  /* A choice in an optional group that the build needs once the group is used (an activity's repeat: `until` or
     `except` without `every` stops the build). A value written by hand that is not one of the choices (`every: 3 weeks`,
     which the build reads) is shown and kept, instead of an empty field. */
  var ChoiceControl = createClass({
    shouldComponentUpdate: function () { return true; },
    isValid: function () {
      var group = this.props.field.get("group"), name = this.props.field.get("name");
      if (!group || filled(this.props.value)) return true;
      var g = this.props.entry && this.props.entry.getIn(["data", group]);
      var used = false;
      if (g && typeof g.forEach === "function") g.forEach(function (v, k) { if (k !== name && filled(v)) used = true; });
      return used ? { error: { message: this.props.field.get("needed_message") } } : true;
    },
    render: function () {
      var self = this;
      var value = this.props.value == null ? "" : String(this.props.value);
      var options = this.props.field.get("options");
      var list = options ? options.toJS() : [];
      var known = list.some(function (o) { return o.value === value; });
      var items = [h("option", { key: "", value: "" }, "Kies")];
      if (value && !known) items.push(h("option", { key: value, value: value }, value));
      list.forEach(function (o) { items.push(h("option", { key: o.value, value: o.value }, o.label)); });
      return h("select", { id: this.props.forID, className: this.props.classNameWrapper, value: value,
        onChange: function (e) { self.props.onChange(e.target.value === "" ? null : e.target.value); },
        onFocus: this.props.setActiveStyle, onBlur: this.props.setInactiveStyle }, items);
    },
  });

  function Text(props) { return h("span", null, props.value == null ? "" : String(props.value)); }

  CMS.registerWidget("tb-date", DateControl, Text);
  CMS.registerWidget("tb-alt", AltControl, Text);
  CMS.registerWidget("tb-flag", FlagControl, function (props) {
    return h("span", null, isYes(props.value) ? "ja" : "nee");
  });
  CMS.registerWidget("tb-consent", ConsentControl, function (props) {
    return h("span", null, props.value === true ? "Toestemming: ja" : "Toestemming: nee");
  });
  CMS.registerWidget("tb-cancelled", CancelledControl, function (props) {
    var v = props.value;
    return h("span", null, isYes(v) ? "Gaat helemaal niet door" : toArray(v).join(", "));
  });
  CMS.registerWidget("tb-text", TextControl, Text);
  CMS.registerWidget("tb-choice", ChoiceControl, Text);
  CMS.registerWidget("tb-place", PlaceControl, function (props) {
    var v = props.value;
    if (v == null || typeof v === "string") return h("span", null, v || "");
    var o = typeof v.toJS === "function" ? v.toJS() : v;
    return h("span", null, Object.keys(o).map(function (k) { return o[k]; }).filter(Boolean).join(", "));
  });
  CMS.registerWidget("tb-author", AuthorControl, function (props) {
    var v = props.value;
    return h("span", null, v && typeof v === "object" ? (get(v, "name") || "") : (v || ""));
  });

  /* Consent switched on in the form and no date yet: today is when permission was recorded. A story by a team member needs no
     consent at all, so its file keeps only the keys that mean something for it; but `consent: false` there (a story about
     a client who did not agree) keeps it off the site, so that stays. */
  CMS.registerEventListener({
    name: "preSave",
    handler: function (args) {
      var data = args.entry.get("data");
      var collection = args.entry.get("collection");
      /* Published now, dated today: the time of now goes with it (only for a new file: an edit of one already out keeps
         its date, so a newsletter does not send it again). */
      if ((collection === "stories" || collection === "vacancies") && args.entry.get("newRecord")) {
        var dated = readDate(data.get("date"));
        if (dated.date === today() && !dated.time) data = data.set("date", joinDate(dated.date, now()));
      }
      /* A new one starts with the switch's default (off): that is no choice, so it goes. */
      if (collection === "stories" && typeof data.get("author") === "string" && (args.entry.get("newRecord") || !isNo(data.get("consent")))) {
        return data.delete("consent").delete("consent_date");
      }
      var switchedOn = consentSwitchedOn, called = cancelledAdded;
      consentSwitchedOn = false;
      cancelledAdded = false;
      if (switchedOn && isYes(data.get("consent")) && !data.get("consent_date")) return data.set("consent_date", today());
      /* A date or the whole activity called off in this form: today is the day it was called off, unless a later day is set. */
      var cancelled = data.get("cancelled");
      if (called && (isYes(cancelled) || toArray(cancelled).length > 0) && !(readDate(data.get("cancelled_on")).date >= today())) {
        return data.set("cancelled_on", today());
      }
      return data;
    },
  });

  CMS.registerPreviewStyle("/assets/css/site.css");
  CMS.registerPreviewStyle("/assets/css/brand.css");
})();

/* Photos lose what a phone or a program wrote into them besides the picture (the place it was taken, the camera's serial
   number, the owner, XMP, comments, thumbnails, trailers) here in the browser, before Decap sees them: online, Decap
   commits an upload straight from the browser to GitHub, GitLab or Gitea, often a public repository. The compressed
   pixels stay byte for byte; an orientation other than upright is kept in an EXIF block holding only that tag.
   A JS port of the JPEG, PNG and WebP parts of src/Thuisbasis/Images/MetadataFree.cs (ForUpload, Jpeg, Png, Webp),
   which the preview's local backend uses: the two must agree byte for byte (EditorTests compares them). GIF and AVIF
   are not done here. A photo that cannot be taken apart is not uploaded at all, with the local backend's words. */
(function () {
  "use strict";

  function startsWith(b, prefix, at) {
    at = at || 0;
    if (typeof prefix === "string") prefix = Array.prototype.map.call(prefix, function (c) { return c.charCodeAt(0); });
    if (b.length < at + prefix.length) return false;
    for (var i = 0; i < prefix.length; i++) if (b[at + i] !== prefix[i]) return false;
    return true;
  }

  function ascii(b, at) { return String.fromCharCode(b[at], b[at + 1], b[at + 2], b[at + 3]); }

  function concat(parts) {
    var size = parts.reduce(function (n, p) { return n + p.length; }, 0), out = new Uint8Array(size), at = 0;
    parts.forEach(function (p) { out.set(p, at); at += p.length; });
    return out;
  }

  var REFUSED = {}; // an image that cannot be taken apart (ForUpload's null)

  /* The Orientation tag (0x0112) of IFD0 of an EXIF block's TIFF structure; 0 when it has none or cannot be read. */
  function orientationOf(t) {
    if (t.length < 8) return 0;
    var little = t[0] === 0x49 && t[1] === 0x49;
    if (!little && !(t[0] === 0x4D && t[1] === 0x4D)) return 0;
    var v = new DataView(t.buffer, t.byteOffset, t.byteLength), ifd = v.getUint32(4, little);
    if (v.getUint16(2, little) !== 42 || ifd > t.length - 2) return 0;
    var count = v.getUint16(ifd, little);
    for (var i = 0; i < count; i++) {
      var entry = ifd + 2 + 12 * i;
      if (entry + 12 > t.length) return 0;
      if (v.getUint16(entry, little) === 0x0112 && v.getUint16(entry + 2, little) === 3) return v.getUint16(entry + 8, little);
    }
    return 0;
  }

  function turned(o) { return o > 1 && o <= 8; }

  /* EXIF's TIFF structure with the orientation and nothing else: little-endian, IFD0 at 8 with one SHORT entry, no IFD1. */
  function orientationTiff(o) {
    return new Uint8Array([0x49, 0x49, 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, o & 255, o >> 8, 0, 0, 0, 0, 0, 0]);
  }

  /* Where a scan's compressed data ends: at the first marker that is not a restart marker or an escaped 0xFF. */
  function scanEnd(b, at) {
    for (;;) {
      var next = b.indexOf(0xFF, at);
      if (next < 0 || next + 1 >= b.length) return b.length;
      at = next + 1;
      if (b[at] !== 0 && !(b[at] >= 0xD0 && b[at] <= 0xD7) && b[at] !== 0xFF) return at - 1;
    }
  }

  /* MetadataFree.Jpeg: the JFIF header (without thumbnail), ICC profile, Adobe APP14, tables, frame and scans. */
  function jpeg(b) {
    var jfif = null, orientation = 0, rest = [], frame = false, scan = false, at = 2;
    for (;;) {
      if (at >= b.length && scan) break;
      if (b[at] !== 0xFF) return REFUSED;
      while (b[at] === 0xFF) at++;
      var marker = b[at++];
      if (marker === 0xD9) break;
      if (marker === 0x01 || (marker >= 0xD0 && marker <= 0xD8)) return REFUSED;
      var length = b[at] << 8 | b[at + 1];
      if (!(length >= 2) || at + length > b.length) return REFUSED;
      var payload = b.subarray(at + 2, at + length), segment = b.subarray(at - 2, at + length);
      at += length;
      if (marker === 0xE0 && startsWith(payload, "JFIF\0") && payload.length >= 14 && jfif === null) {
        jfif = concat([[0xFF, 0xE0, 0, 16], payload.subarray(0, 12), [0, 0]]);
      } else if (marker === 0xE1) {
        if (startsWith(payload, "Exif\0\0") && orientation === 0) orientation = orientationOf(payload.subarray(6));
      } else if (marker === 0xE2 && startsWith(payload, "ICC_PROFILE\0") || marker === 0xEE && startsWith(payload, "Adobe")) {
        rest.push(segment);
      } else if (marker >= 0xE0 && marker <= 0xEF || marker === 0xFE) {
        // metadata: left off
      } else if (marker === 0xDA) {
        if (!frame) return REFUSED;
        scan = true;
        var end = scanEnd(b, at);
        rest.push(segment, b.subarray(at, end));
        at = end;
      } else {
        frame = frame || marker >= 0xC0 && marker <= 0xCF && marker !== 0xC4 && marker !== 0xC8 && marker !== 0xCC;
        rest.push(segment);
      }
    }
    if (!scan) return REFUSED;
    var exif = turned(orientation) ? [concat([[0xFF, 0xE1, 0, 34], "Exif\0\0".split("").map(function (c) { return c.charCodeAt(0); }), orientationTiff(orientation)])] : [];
    return concat([[0xFF, 0xD8]].concat(jfif ? [jfif] : [], exif, rest, [[0xFF, 0xD9]]));
  }

  var PNG_SIGNATURE = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
  var PNG_DISPLAY = ["tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "pHYs", "acTL", "fcTL", "fdAT", "cICP", "mDCv", "cLLI"];

  function crc32(bytes) {
    var c = -1;
    for (var i = 0; i < bytes.length; i++) {
      c ^= bytes[i];
      for (var k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
    }
    return (c ^ -1) >>> 0;
  }

  /* MetadataFree.Png: critical chunks and those that change how it looks; text, eXIf, tIME, others and trailers go. */
  function png(b) {
    var v = new DataView(b.buffer, b.byteOffset, b.byteLength), kept = [b.subarray(0, 8)], orientation = 0;
    for (var at = 8; ;) {
      if (at + 12 > b.length) return REFUSED;
      var length = v.getUint32(at), type = ascii(b, at + 4);
      if (at + 12 + length > b.length) return REFUSED;
      if (at === 8 && (type !== "IHDR" || length !== 13)) return REFUSED;
      if (type[0] >= "A" && type[0] <= "Z" || PNG_DISPLAY.indexOf(type) >= 0) kept.push(b.subarray(at, at + 12 + length));
      else if (type === "eXIf" && orientation === 0) orientation = orientationOf(b.subarray(at + 8, at + 8 + length));
      at += 12 + length;
      if (type === "IEND") break;
    }
    if (turned(orientation)) { // right after the header, in an eXIf chunk of its own
      var chunk = concat([[0, 0, 0, 26], [0x65, 0x58, 0x49, 0x66], orientationTiff(orientation), [0, 0, 0, 0]]);
      new DataView(chunk.buffer).setUint32(34, crc32(chunk.subarray(4, 34)));
      kept.splice(2, 0, chunk);
    }
    return concat(kept);
  }

  /* MetadataFree.Webp: without EXIF and XMP chunks (and their VP8X flags) and unknown chunks; nothing after the RIFF. */
  function webp(b) {
    var v = new DataView(b.buffer, b.byteOffset, b.byteLength);
    if (b.length < 20) return REFUSED;
    var riffEnd = 8 + v.getUint32(4, true);
    if (riffEnd > b.length) return REFUSED;
    var kept = [b.slice(0, 12)], image = false, orientation = 0, extended = null;
    for (var at = 12; at + 8 <= riffEnd;) {
      var type = ascii(b, at), size = v.getUint32(at + 4, true), whole = 8 + size + (size & 1);
      if (at + 8 + size > riffEnd) return REFUSED;
      var chunk = b.subarray(at, at + Math.min(whole, riffEnd - at));
      if (at === 12 && type === "VP8X") {
        if (size < 10) return REFUSED;
        extended = chunk.slice();
        extended[8] &= ~(0x08 | 0x04); // the EXIF and XMP flags
        kept.push(extended);
      } else if (["VP8 ", "VP8L", "ALPH", "ICCP", "ANIM", "ANMF"].indexOf(type) >= 0) {
        image = image || type === "VP8 " || type === "VP8L" || type === "ANMF";
        kept.push(chunk);
      } else if (type === "EXIF" && orientation === 0) {
        var exif = b.subarray(at + 8, at + 8 + size);
        orientation = orientationOf(startsWith(exif, "Exif\0\0") ? exif.subarray(6) : exif);
      }
      at += whole;
    }
    if (!image) return REFUSED;
    if (turned(orientation) && extended) { // after the image data, in an EXIF chunk of its own
      kept.push(new Uint8Array([0x45, 0x58, 0x49, 0x46, 26, 0, 0, 0]), orientationTiff(orientation));
      extended[8] |= 0x08;
    }
    var result = concat(kept);
    new DataView(result.buffer).setUint32(4, result.length - 8, true);
    return result;
  }

  /* MetadataFree.ForUpload for JPEG, PNG and WebP, recognised by their first bytes: the clean bytes, REFUSED, or the
     bytes themselves for any other file (a PDF). */
  function forUpload(b) {
    try {
      if (startsWith(b, [0xFF, 0xD8, 0xFF])) return jpeg(b);
      if (startsWith(b, PNG_SIGNATURE)) return png(b);
      if (startsWith(b, "RIFF") && startsWith(b, "WEBP", 8)) return webp(b);
      return b;
    } catch (e) {
      return REFUSED; // read beyond the end (a RangeError): as MetadataFree's IndexOutOfRange, the file is broken
    }
  }

  function refusal(name) {
    return "`" + name + "`: deze foto is anders opgebouwd dan zo'n bestand hoort te zijn, " +
      "en daardoor kunnen de gegevens erin (zoals de plek waar hij gemaakt is) er niet veilig uit worden gehaald. Niets is opgeslagen. " +
      "Open de foto in een fotoprogramma, sla hem opnieuw op als JPEG en upload die.";
  }

  /* For the browser test that holds this port against MetadataFree.cs: the clean bytes, or null when refused. */
  window.ThuisbasisMetadataFree = { forUpload: function (bytes) { var r = forUpload(bytes); return r === REFUSED ? null : r; } };

  var cleaned = new WeakSet(); // the change events this listener dispatched itself, to let through

  /* Capture phase on document: before React, which listens at its root container, sees the choice. The event stops here;
     the files come back cleaned, in a new change event that bubbles to Decap's onChange. */
  document.addEventListener("change", function (event) {
    var input = event.target;
    if (cleaned.has(event) || !(input instanceof HTMLInputElement) || input.type !== "file" || !input.files || !input.files.length) return;
    event.stopImmediatePropagation();
    var chosen = Array.prototype.slice.call(input.files);
    Promise.all(chosen.map(function (file) {
      return file.arrayBuffer().then(function (buffer) {
        var bytes = new Uint8Array(buffer), clean = forUpload(bytes);
        if (clean === REFUSED) throw refusal(file.name);
        return clean === bytes ? file : new File([clean], file.name, { type: file.type, lastModified: file.lastModified });
      }, function () { throw refusal(file.name); });
    })).then(function (files) {
      var transfer = new DataTransfer();
      files.forEach(function (f) { transfer.items.add(f); });
      input.files = transfer.files;
      var again = new Event("change", { bubbles: true });
      cleaned.add(again);
      input.dispatchEvent(again);
    }, function (message) {
      input.value = "";
      window.alert(message);
    });
  }, true);
})();
