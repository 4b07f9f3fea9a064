/* Thuisbasis: the small widgets and the save rule the web editor needs, on top of Decap CMS (loaded before this file).
   - tb-date: a plain date field that reads both forms the engine accepts (2026-11-23 and 23-11-2026) and writes 2026-11-23;
     with `time: true` also a time field, written as 2026-11-23 09:30 (no time: the whole day).
   - tb-author: a team member (their id) or a client ({ name, role }), as stories expect.
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

  function joinDate(date, time) { return date ? (time ? date + " " + time : date) : ""; }

  var DateControl = createClass({
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
  CMS.registerWidget("tb-author", AuthorControl, function (props) {
    var v = props.value;
    return h("span", null, v && typeof v === "object" ? (get(v, "name") || "") : (v || ""));
  });

  /* Consent switched on in the form and no date yet: today is when permission was recorded. A story by a team member needs no
     consent at all, so its file keeps only the keys that mean something for it. */
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
      if (collection === "stories" && typeof data.get("author") === "string") {
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
